using System.Diagnostics;
using SslaPublisher.Publishing;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

/// <summary>A storage endpoint that accepts connections and never answers: every request times out, the publish stops.</summary>
public sealed class PublishTimeoutTests
{
    [Fact]
    public async Task Should_fail_a_request_to_a_silent_endpoint_after_its_timeout_and_retries()
    {
        // Given a target on a server that never answers, with a 1 s request timeout
        using var silent = new SilentServer();
        var target = new AzureBlobTarget(silent.ConnectionString, new AzureBlobTargetOptions
        {
            ContainerName = "site", ClientOptions = StorageClientOptions.Create(TimeSpan.FromSeconds(1)),
        });
        var clock = Stopwatch.StartNew();

        // When listing
        var failure = await Record.ExceptionAsync(async () => { await foreach (var _ in target.ListAsync("")) { } });

        // Then it fails on its own (4 tries of 1 s plus back-off), not after the SDK's 100 s per try
        Assert.NotNull(failure);
        Assert.IsNotType<PublishStalledException>(failure);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.True(silent.Accepted >= 1);
    }

    [Fact]
    public async Task Should_stop_a_stalled_publish_with_exit_3_and_say_what_was_done()
    {
        // Given a silent endpoint, request timeouts longer than the stall limit
        using var silent = new SilentServer();
        var clock = Stopwatch.StartNew();

        // When publishing the example there
        var run = await CliRunner.RunAsync("publish", RepoPaths.Example(), "--connection-string", silent.ConnectionString,
            "--timeout", "30", "--stall-timeout", "2", "--json");

        // Then the stall detector stops it after about 2 s: exit 3, one line saying so and how far it got
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no progress for 2 s (--stall-timeout)", run.Error, StringComparison.Ordinal);
        Assert.Contains("Stopped before anything was changed.", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal("", run.Output);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"took {clock.Elapsed}");
    }
}
