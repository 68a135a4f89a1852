using System.CommandLine;
using NodaTime;
using NodaTime.Testing;
using SslaPublisher.Cli.Commands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary><c>ssla due</c> and <c>ssla hours</c> honour notices: planned closures and temporary promises.</summary>
public sealed class NoticesScheduleCommandTests : IDisposable
{
    // x-help: New York, weekdays 09–18, 15 minutes; a storm promises 2 hours Monday 06:00 – Tuesday 18:00, a planned
    // closure shuts the desk Thursday 12:00–15:00 (16–19 November 2026, New York is UTC−5).
    private const string Yaml = """
        brand: {name: Acme Air, slug: acme-air, timezone: America/New_York}
        channels:
          - {id: x-help, platform: x, handle: "@AcmeAirHelp", purpose: support, summary: Help., hours: {mon-fri: "09:00-18:00"}, reply: {within: 15m}}
        notices:
          - {id: storm, kind: degraded, from: 2026-11-16T06:00, until: 2026-11-17T18:00, text: Storm., reply: {within: 2h}}
          - {id: new-tool, kind: planned-closure, from: 2026-11-19T12:00, until: 2026-11-19T15:00, text: New tool.}
        """;

    private readonly TempDir _dir = new();
    private readonly string _file;

    public NoticesScheduleCommandTests() => _file = _dir.Write("brand/ssla.yaml", Yaml);

    public void Dispose() => _dir.Dispose();

    [Theory]
    // In the storm: 2 hours of staffed time from Monday 10:00
    [InlineData("2026-11-16T15:00:00Z", "utc:   2026-11-16T17:00:00Z", "(2 hours of staffed time, the temporary promise of notice 'storm' on x-help")]
    // Just before it: the usual 15 minutes from the next opening, even though the window is open by then
    [InlineData("2026-11-16T10:59:00Z", "utc:   2026-11-16T14:15:00Z", "(15 minutes of staffed time on x-help")]
    // At its end: the usual promise again
    [InlineData("2026-11-17T23:00:00Z", "utc:   2026-11-18T14:15:00Z", "(15 minutes of staffed time on x-help")]
    // Five staffed minutes before the closure: the other ten after it, and the closure named
    [InlineData("2026-11-19T16:55:00Z", "utc:   2026-11-19T20:10:00Z", "closed 2026-11-19T17:00:00Z to 2026-11-19T20:00:00Z by notice 'new-tool'")]
    public async Task Should_use_the_promise_in_force_when_the_message_arrived_and_skip_planned_closures(string received, string due, string line)
    {
        var result = await CliRunner.RunAsync("due", _file, "--channel", "x-help", "--received", received);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(due, result.Output, StringComparison.Ordinal);
        Assert.Contains(line, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_notices_not_yet_over_at_the_as_of_instant()
    {
        // Given the week of the notices, and the week after
        var during = await Hours("--as-of", "2026-11-16T12:00:00Z");
        var after = await Hours("--as-of", "2026-11-20T00:00:00Z");
        var byClock = await Hours();

        // Then during it both show in the channel's zone, with the temporary promise
        Assert.Contains("Notices not over at 2026-11-16T12:00:00Z:\n", during, StringComparison.Ordinal);
        Assert.Contains("  x-help: closed 2026-11-19 12:00..2026-11-19 15:00 America/New_York (new-tool)\n", during, StringComparison.Ordinal);
        Assert.Contains("  x-help: replies within 2h 2026-11-16 06:00..2026-11-17 18:00 America/New_York (storm)\n", during, StringComparison.Ordinal);
        // And once they are over, neither does
        Assert.DoesNotContain("new-tool", after, StringComparison.Ordinal);
        Assert.DoesNotContain("storm", after, StringComparison.Ordinal);
        // And without --as-of the clock decides (a fake clock in the storm)
        Assert.Equal(during, byClock);
    }

    [Theory]
    [InlineData("2026-11-16")]
    [InlineData("tomorrow")]
    public async Task Should_exit_2_for_a_malformed_as_of(string asOf)
    {
        var result = await CliRunner.RunAsync("hours", _file, "--as-of", asOf);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{asOf}' is not an ISO-8601 instant", result.Error, StringComparison.Ordinal);
    }

    private async Task<string> Hours(params string[] options)
    {
        var root = new RootCommand { new HoursCommand(new FakeClock(Instant.FromUtc(2026, 11, 16, 12, 0))).Command };
        using var output = new StringWriter();
        var code = await root.Parse(["hours", _file, .. options]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        Assert.Equal(0, code);
        return output.ToString();
    }
}
