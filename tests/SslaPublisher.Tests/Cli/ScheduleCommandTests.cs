using System.CommandLine;
using NodaTime;
using NodaTime.Testing;
using SslaPublisher.Cli.Commands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary><c>ssla due</c> and <c>ssla hours</c>.</summary>
public class ScheduleCommandTests
{
    [Fact]
    public async Task Should_print_the_due_instant_in_utc_and_in_the_channel_zone()
    {
        // Given: Friday 17:55 ET on x-help, which opens Saturday 10:00
        // When
        var result = await CliRunner.RunAsync("due", RepoPaths.Example(), "--channel", "x-help", "--received", "2026-11-20T22:55:00Z");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("utc:   2026-11-21T15:10:00Z", result.Output, StringComparison.Ordinal);
        Assert.Contains("local: 2026-11-21T10:10:00-05:00 America/New_York (Sat)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_accept_a_received_instant_with_an_offset()
    {
        // Given / When: the same instant as 2026-11-23T15:00:00Z
        var result = await CliRunner.RunAsync("due", RepoPaths.Example(), "-c", "mastodon-ops", "-r", "2026-11-23T10:00:00-05:00");

        // Then: London desk, staffed 06:00-12:00 GMT, 30 minutes → closed at 15:00, opens 22:00
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("utc:   2026-11-23T22:30:00Z", result.Output, StringComparison.Ordinal);
        Assert.Contains("local: 2026-11-23T22:30:00+00:00 Europe/London (Mon)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_there_is_no_due_instant_under_a_free_text_rule()
    {
        // Given: instagram's off-hours rule is free text; Saturday is closed
        // When
        var result = await CliRunner.RunAsync("due", RepoPaths.Example(), "-c", "instagram", "-r", "2026-11-21T17:00:00Z");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no due instant", result.Output, StringComparison.Ordinal);
        Assert.Contains("Messages sent at the weekend are answered on Monday.", result.Output, StringComparison.Ordinal);
        Assert.Contains("next opening: 2026-11-23T14:00:00Z", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_1_for_an_unknown_channel()
    {
        // Given / When
        var result = await CliRunner.RunAsync("due", RepoPaths.Example(), "--channel", "tiktok", "--received", "2026-11-20T22:55:00Z");

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no channel 'tiktok'; channels: x-help, facebook", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-20")]
    [InlineData("2026-11-20T22:55:00")] // no zone designator: ambiguous
    [InlineData("yesterday")]
    public async Task Should_exit_2_for_a_malformed_instant(string received)
    {
        // Given / When
        var result = await CliRunner.RunAsync("due", RepoPaths.Example(), "--channel", "x-help", "--received", received);

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{received}' is not an ISO-8601 instant", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_print_the_weekly_table_in_the_reader_zone_for_the_current_week()
    {
        // Given: a clock in November (ET is 5 hours behind London)
        var root = new RootCommand { new HoursCommand(new FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0))).Command };
        using var output = new StringWriter();

        // When
        var code = await root.Parse(["hours", RepoPaths.Example(), "--zone", "Europe/London"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });

        // Then
        Assert.Equal(0, code);
        var x = output.ToString().Split('\n').First(l => l.Contains("x-help", StringComparison.Ordinal));
        Assert.Contains("Mon–Fri", x, StringComparison.Ordinal);
        Assert.Contains("9:00 AM–6:00 PM", x, StringComparison.Ordinal);
        Assert.Contains("Mon–Fri 2:00 PM–11:00 PM", x, StringComparison.Ordinal);
        Assert.Contains("2026-12-25 Christmas Day", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_2_for_an_unknown_zone()
    {
        // Given / When
        var result = await CliRunner.RunAsync("hours", RepoPaths.Example(), "--zone", "Mars/Olympus_Mons");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'Mars/Olympus_Mons' is not an IANA time zone", result.Error, StringComparison.Ordinal);
    }
}
