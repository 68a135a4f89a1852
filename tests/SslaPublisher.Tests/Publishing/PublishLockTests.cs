using System.Security.Cryptography;
using SslaPublisher.Publishing;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

/// <summary>Publishes to one prefix take turns through a lease on a lock blob, so a site is always one build's whole.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublishLockTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Should_give_the_lock_of_a_prefix_to_one_holder_at_a_time()
    {
        var target = azurite.NewTarget();
        await target.PrepareAsync();

        var first = await target.TryLockAsync("acme/");
        var second = await target.TryLockAsync("acme/");
        var other = await target.TryLockAsync("acme-air/");
        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(other);

        await first!.RenewAsync();
        await first.DisposeAsync();
        await using var third = await target.TryLockAsync("acme/");
        Assert.NotNull(third);
        await other!.DisposeAsync();
    }

    [Fact]
    public async Task Should_fail_clearly_after_the_lock_timeout_and_change_nothing()
    {
        // Given another publish holding the prefix
        var container = azurite.NewContainerName();
        var target = azurite.NewTarget(container: container);
        await target.PrepareAsync();
        await using var held = await target.TryLockAsync("acme-air/");

        // When publishing there with a 2 s lock timeout
        var run = await CliRunner.RunAsync("publish", RepoPaths.Example(), "--connection-string", azurite.ConnectionString,
            "--container", container, "--lock-timeout", "2", "--json");

        // Then it said it was waiting, gave up with exit 3 naming the option, and uploaded nothing
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Waiting for another publish to 'acme-air/' to finish", run.Error, StringComparison.Ordinal);
        Assert.Contains("still holds its lock after 2 s (--lock-timeout); nothing was changed", run.Error, StringComparison.Ordinal);
        Assert.Empty(await SiteNames(target, "acme-air/"));
    }

    [Fact]
    public async Task Should_wait_for_the_lock_and_publish_when_it_is_released()
    {
        // Given another publish holding the prefix, which lets go a moment after this one starts waiting
        var target = azurite.NewTarget();
        await target.PrepareAsync();
        var held = await target.TryLockAsync("acme/");
        var observer = new ReleasingObserver(held!);
        var request = new PublishRequest { Source = PublishSource.FromSite(TestSites.Small()), Prefix = "acme/", LockTimeout = TimeSpan.FromSeconds(60) };

        // When publishing there
        var outcome = await PublishSession.RunAsync(request, target, observer);
        await observer.Released;

        // Then it waited, then published the whole site
        Assert.True(observer.Waited);
        Assert.Equal(6, outcome.Result.Uploaded);
        Assert.Equal(6, (await SiteNames(target, "acme/")).Count);
    }

    [Fact]
    public async Task Should_leave_one_build_whole_when_two_publishes_of_different_content_race()
    {
        // Given two different agencies' builds, and one prefix
        using var dir = new TempDir();
        SampleBrands.Write(Path.Combine(dir.Path, "a"), count: 2, channels: 1, seed: 1);
        SampleBrands.Write(Path.Combine(dir.Path, "b"), count: 2, channels: 2, seed: 2);
        var container = azurite.NewContainerName();
        string[] Args(string agency) => ["publish", "--from", Path.Combine(dir.Path, agency + "-site"), "--connection-string", azurite.ConnectionString,
            "--container", container, "--delete", "--json", "--parallel", "2"];
        foreach (var agency in new[] { "a", "b" })
            Assert.Equal(0, (await CliRunner.RunAsync("build", Path.Combine(dir.Path, agency), "-o", Path.Combine(dir.Path, agency + "-site"))).ExitCode);

        // When both are published at once
        var runs = await Task.WhenAll(CliRunner.RunAsync(Args("a")), CliRunner.RunAsync(Args("b")));

        // Then both succeed, and the container holds exactly one of the two builds, byte for byte
        Assert.All(runs, r => Assert.Equal((0, ""), (r.ExitCode, Unexpected(r.Error))));
        var online = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var file in azurite.NewTarget(container: container).ListAsync(""))
            if (!PublishLock.IsLockName(file.Name)) online[file.Name] = Convert.ToHexString(file.Md5!);
        var a = Built(Path.Combine(dir.Path, "a-site"));
        var b = Built(Path.Combine(dir.Path, "b-site"));
        Assert.True(Same(online, a) || Same(online, b), $"the container mixes the two builds ({online.Count} files; a has {a.Count}, b has {b.Count})");
    }

    // The publish that came second says it waits; nothing else may be on the error stream.
    private static string Unexpected(string error) =>
        string.Join('\n', error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Waiting for another publish", StringComparison.Ordinal)));

    /// <summary>Releases another holder's lock half a second after the session reports it is waiting.</summary>
    private sealed class ReleasingObserver(IPublishLease held) : IPublishObserver
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Waited { get; private set; }

        public Task Released => _released.Task;

        public void WaitingForLock(string prefix, TimeSpan timeout)
        {
            Waited = true;
            _ = Task.Run(async () =>
            {
                await Task.Delay(500);
                await held.DisposeAsync();
                _released.SetResult();
            });
        }

        public void Planned(SyncPlan plan, bool dryRun) { }

        public Task<PublishResult> ExecuteAsync(SyncPlan plan, Func<IProgress<SyncItem>?, Task<PublishResult>> execute) => execute(null);
    }

    private static bool Same(Dictionary<string, string> online, Dictionary<string, string> built) =>
        online.Count == built.Count && built.All(kv => online.TryGetValue(kv.Key, out var md5) && md5 == kv.Value);

    private static Dictionary<string, string> Built(string folder) =>
        PublishSource.FromFolder(folder).Files.Where(f => f.Visibility == SiteFileVisibility.Public)
            .ToDictionary(f => f.Path, f => Convert.ToHexString(f.Md5), StringComparer.Ordinal);

    private static async Task<List<string>> SiteNames(ISiteTarget target, string prefix)
    {
        var names = new List<string>();
        await foreach (var file in target.ListAsync(prefix))
            if (!PublishLock.IsLockName(file.Name)) names.Add(file.Name);
        return names;
    }
}
