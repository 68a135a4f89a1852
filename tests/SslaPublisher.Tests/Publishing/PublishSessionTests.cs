using SslaPublisher.Publishing;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

/// <summary><see cref="PublishSession"/>: the stall detector, the built-folder check, and the folder target's lock.</summary>
public sealed class PublishSessionTests
{
    [Fact]
    public async Task Should_stop_a_publish_whose_uploads_hang_and_say_how_far_it_got()
    {
        // Given a target whose fourth upload never finishes
        using var dir = new TempDir();
        var target = new HangingTarget(new FolderTarget(dir.Path), uploadsBeforeHanging: 3);
        var request = new PublishRequest
        {
            Source = PublishSource.FromSite(TestSites.Generated(20)), Prefix = "gen/", Parallelism = 1, StallTimeout = TimeSpan.FromSeconds(1),
        };

        // When publishing
        var failure = await Assert.ThrowsAsync<PublishStalledException>(() => PublishSession.RunAsync(request, target));

        // Then it stopped on its own and reports the three finished uploads of twenty
        Assert.Equal(new PublishProgress(3, 20, 0, 0), failure.Done);
        Assert.Contains("Stopped after 3 of 20 uploads and 0 of 0 deletes; run again to finish.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_upload_a_built_file_that_changed_after_the_plan()
    {
        // Given a built folder, planned, then one file rewritten (as a concurrent rebuild would)
        using var dir = new TempDir();
        var built = Path.Combine(dir.Path, "site");
        FolderOutput.Write(TestSites.Small(), built, "acme");
        var source = PublishSource.FromFolder(built);
        var target = new FolderTarget(Path.Combine(dir.Path, "out"));
        var plan = await SitePublisher.PlanAsync(source.Files, target, new SyncPlanOptions { Prefix = "acme/" });
        File.WriteAllText(Path.Combine(built, "index.html"), "<h1>Another build</h1>");

        // When the plan runs
        var failure = await Assert.ThrowsAsync<SiteChangedException>(() => SitePublisher.ExecuteAsync(plan, target));

        // Then it names the file and the new bytes were not published under the old hash
        Assert.Contains("index.html changed on disk during the publish", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out", "acme", "index.html")));
    }

    [Fact]
    public async Task Should_lock_a_folder_target_prefix_for_one_publish_at_a_time()
    {
        using var dir = new TempDir();
        var target = new FolderTarget(dir.Path);
        await using (var held = await target.TryLockAsync("acme/"))
        {
            Assert.NotNull(held);
            Assert.Null(await target.TryLockAsync("acme/"));
            var waiting = new PublishRequest { Source = PublishSource.FromSite(TestSites.Small()), Prefix = "acme/", LockTimeout = TimeSpan.FromSeconds(1) };
            await Assert.ThrowsAsync<PublishLockTimeoutException>(() => PublishSession.RunAsync(waiting, target));
        }
        var result = await PublishSession.RunAsync(new PublishRequest { Source = PublishSource.FromSite(TestSites.Small()), Prefix = "acme/" }, target);
        Assert.Equal(6, result.Result.Uploaded);
        // The lock file is no part of the site: a second run finds everything unchanged
        var again = await PublishSession.RunAsync(new PublishRequest { Source = PublishSource.FromSite(TestSites.Small()), Prefix = "acme/", Delete = true }, target);
        Assert.Equal((0, 6, 0), (again.Result.Uploaded, again.Result.Unchanged, again.Result.Deleted));
    }

    /// <summary>Passes requests through until a number of uploads, then never finishes another (until cancelled).</summary>
    private sealed class HangingTarget(ISiteTarget inner, int uploadsBeforeHanging) : ISiteTarget
    {
        private int _uploads;

        public IAsyncEnumerable<RemoteFile> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);

        public Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default) => inner.ReadAsync(name, cancellationToken);

        public Task PrepareAsync(CancellationToken cancellationToken = default) => inner.PrepareAsync(cancellationToken);

        public Task UploadAsync(string name, UploadContent content, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _uploads) > uploadsBeforeHanging
                ? Task.Delay(Timeout.Infinite, cancellationToken)
                : inner.UploadAsync(name, content, cancellationToken);

        public Task DeleteAsync(string name, CancellationToken cancellationToken = default) => inner.DeleteAsync(name, cancellationToken);

        public Task<IPublishLease?> TryLockAsync(string prefix, CancellationToken cancellationToken = default) => inner.TryLockAsync(prefix, cancellationToken);

        public Uri? UrlOf(string name) => inner.UrlOf(name);
    }
}
