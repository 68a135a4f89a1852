using System.Security.Cryptography;
using Azure.Core;
using Azure.Storage;
using Azure.Storage.Blobs;
using SslaPublisher.Publishing;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobTargetTests(AzuriteFixture azurite)
{
    private static readonly SyncPlanOptions Acme = new() { Prefix = "acme/" };

    private static async Task<Dictionary<string, RemoteFile>> ListAsync(ISiteTarget target, string prefix = "")
    {
        var files = new Dictionary<string, RemoteFile>(StringComparer.Ordinal);
        await foreach (var f in target.ListAsync(prefix)) files[f.Name] = f;
        return files;
    }

    private static void AssertHolds(IReadOnlyDictionary<string, RemoteFile> remote, SiteContent site, string prefix)
    {
        foreach (var file in site.Files.Values.Where(f => f.Visibility == SiteFileVisibility.Public))
        {
            Assert.True(remote.TryGetValue(prefix + file.Path, out var r), $"{prefix + file.Path} is missing");
            Assert.Equal(file.Content.Length, r.Size);
            Assert.Equal(MD5.HashData(file.Content.Span), r.Md5);
        }
    }

    [Fact]
    public async Task Should_upload_every_public_file_with_its_headers_on_first_publish()
    {
        // Given an empty container
        var target = azurite.NewTarget();
        var site = TestSites.Small();

        // When publishing
        var result = await SitePublisher.PublishAsync(site, target, Acme);

        // Then every public file is there with its MD5, the internal one is not
        Assert.Equal(new PublishResult(6, 0, 0, 1, site.Files.Values.Where(f => f.Visibility == SiteFileVisibility.Public).Sum(f => (long)f.Content.Length)), result);
        var remote = await ListAsync(target);
        AssertHolds(remote, site, "acme/");
        Assert.False(remote.ContainsKey("acme/agreement.html"));

        // And Content-Type, Cache-Control and Content-MD5 are what the site file says
        var blob = new BlobClient(azurite.ConnectionString, target.ContainerUri.Segments[^1], "acme/index.html");
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal("text/html; charset=utf-8", properties.ContentType);
        Assert.Equal(CachePolicy.Short, properties.CacheControl);
        Assert.Equal(MD5.HashData(site.Files["index.html"].Content.Span), properties.ContentHash);
        var css = (await new BlobClient(azurite.ConnectionString, target.ContainerUri.Segments[^1], "acme/css/site.3f2a9c1b.css").GetPropertiesAsync()).Value;
        Assert.Equal(CachePolicy.Immutable, css.CacheControl);
    }

    [Fact]
    public async Task Should_upload_nothing_when_republishing_an_unchanged_site()
    {
        // Given a published site
        var target = azurite.NewTarget();
        await SitePublisher.PublishAsync(TestSites.Small(), target, Acme);

        // When publishing the same bytes again
        var result = await SitePublisher.PublishAsync(TestSites.Small(), target, Acme);

        // Then nothing is uploaded
        Assert.Equal(0, result.Uploaded);
        Assert.Equal(6, result.Unchanged);
        Assert.Equal(0, result.Bytes);
    }

    [Fact]
    public async Task Should_upload_exactly_the_changed_blobs()
    {
        // Given a published site, then two files changed locally
        var target = new RecordingTarget(azurite.NewTarget());
        var old = TestSites.Small();
        await SitePublisher.PublishAsync(old, target, Acme);
        var before = target.Events.Count;
        var site = TestSites.WithChange(TestSites.WithChange(old, "index.html", "<h1>New</h1>"), "badges/x-help.svg", "<svg/>");

        // When republishing
        var result = await SitePublisher.PublishAsync(site, target, Acme);

        // Then exactly those two were sent, and the target now holds the new bytes
        var sent = target.Events.Skip(before).Where(e => e.Event == "upload-end").Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["acme/badges/x-help.svg", "acme/index.html"], sent);
        Assert.Equal((2, 4), (result.Uploaded, result.Unchanged));
        AssertHolds(await ListAsync(target), site, "acme/");
    }

    [Fact]
    public async Task Should_prune_removed_files_only_with_delete()
    {
        // Given a published site from which a badge was then removed
        var target = azurite.NewTarget();
        await SitePublisher.PublishAsync(TestSites.Small(), target, Acme);
        var site = TestSites.Without(TestSites.Small(), "badges/x-help.svg");

        // When publishing without, then with --delete
        var kept = await SitePublisher.PublishAsync(site, target, Acme);
        var stillThere = (await ListAsync(target)).ContainsKey("acme/badges/x-help.svg");
        var pruned = await SitePublisher.PublishAsync(site, target, new SyncPlanOptions { Prefix = "acme/", Delete = true });

        // Then the first run left it, the second removed it and nothing else
        Assert.Equal(0, kept.Deleted);
        Assert.True(stillThere);
        Assert.Equal(1, pruned.Deleted);
        var remote = await ListAsync(target);
        Assert.False(remote.ContainsKey("acme/badges/x-help.svg"));
        AssertHolds(remote, site, "acme/");
        Assert.Equal(5, remote.Count);
    }

    [Fact]
    public async Task Should_leave_other_prefixes_untouched_when_pruning()
    {
        // Given two brands in one container, one named like a prefix of the other, and a file at the root
        var target = azurite.NewTarget();
        await SitePublisher.PublishAsync(TestSites.Small("<h1>Acme Air</h1>"), target, new SyncPlanOptions { Prefix = "acme-air/" });
        await SitePublisher.PublishAsync(SiteContent.Empty.With([SiteFile.Text("robots.txt", "User-agent: *", "text/plain")]), target, new SyncPlanOptions { Prefix = "" });
        await SitePublisher.PublishAsync(TestSites.Small(), target, Acme);
        var others = (await ListAsync(target)).Values.Where(r => !r.Name.StartsWith("acme/", StringComparison.Ordinal)).ToList();

        // When pruning acme/ down to a single page
        var onlyIndex = SiteContent.Empty.With([TestSites.Small().Files["index.html"]]);
        var result = await SitePublisher.PublishAsync(onlyIndex, target, new SyncPlanOptions { Prefix = "acme/", Delete = true });

        // Then acme/ holds just that page and every other blob is as it was
        Assert.Equal(5, result.Deleted);
        var after = await ListAsync(target);
        Assert.Equal(["acme/index.html"], after.Keys.Where(k => k.StartsWith("acme/", StringComparison.Ordinal)));
        Assert.Equal(7, others.Count);
        Assert.All(others, o => Assert.Equal(o, after[o.Name], RemoteFileComparer.Instance));
    }

    [Fact]
    public async Task Should_finish_every_asset_before_any_page_and_delete_last()
    {
        // Given a published site with a stale file, and parallel uploads
        var target = new RecordingTarget(azurite.NewTarget());
        await SitePublisher.PublishAsync(SiteContent.Empty.With([SiteFile.Text("old.css", "x", "text/css")]), target, Acme);
        var start = target.Events.Count;

        // When publishing the full site with --delete
        await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "acme/", Delete = true }, new PublishOptions { Parallelism = 8 });

        // Then the last asset upload ended before the first page upload started, and deletes came after all uploads
        var events = target.Events.Skip(start).Select((e, i) => (e.Event, e.Name, Index: i)).ToList();
        var lastAssetEnd = events.Where(e => e.Event == "upload-end" && !SyncPlan.IsPage(e.Name)).Max(e => e.Index);
        var firstPageStart = events.Where(e => e.Event == "upload-start" && SyncPlan.IsPage(e.Name)).Min(e => e.Index);
        var lastUploadEnd = events.Where(e => e.Event == "upload-end").Max(e => e.Index);
        var firstDeleteStart = events.Single(e => e.Event == "delete-start").Index;
        Assert.True(lastAssetEnd < firstPageStart, string.Join(", ", events));
        Assert.True(lastUploadEnd < firstDeleteStart, string.Join(", ", events));
        Assert.Equal(3, events.Count(e => e.Event == "upload-end" && !SyncPlan.IsPage(e.Name)));
        Assert.Equal(3, events.Count(e => e.Event == "upload-end" && SyncPlan.IsPage(e.Name)));
    }

    [Fact]
    public async Task Should_keep_the_md5_of_a_chunked_upload()
    {
        // Given a target that splits anything over 1 KiB into blocks
        var target = azurite.NewTarget(new AzureBlobTargetOptions
        {
            TransferOptions = new StorageTransferOptions { InitialTransferSize = 1024, MaximumTransferSize = 1024 },
        });
        var site = TestSites.Generated(3, bytes: 5000);

        // When publishing, then planning again
        await SitePublisher.PublishAsync(site, target, Acme);
        var plan = await SitePublisher.PlanAsync(site, target, Acme);

        // Then the listing carries the whole file's MD5, so nothing is planned again
        AssertHolds(await ListAsync(target), site, "acme/");
        Assert.Empty(plan.Uploads);
    }

    [Fact]
    public async Task Should_list_nothing_and_plan_everything_before_the_container_exists()
    {
        // Given a container that was never created
        var target = azurite.NewTarget();

        // When planning (as a dry run does)
        var plan = await SitePublisher.PlanAsync(TestSites.Small(), target, Acme);

        // Then the plan uploads everything and the container is still absent
        Assert.Equal(6, plan.Uploads.Count);
        var container = new BlobContainerClient(azurite.ConnectionString, target.ContainerUri.Segments[^1]);
        Assert.False((await container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Should_list_one_level_as_the_whole_listing_groups_it_and_nothing_before_the_container_exists()
    {
        // Given a container that was never created, then a small site published under two prefixes' folders
        var target = azurite.NewTarget();
        var before = await target.ListLevelAsync("");
        await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "agency/brand-a/" });
        await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "agency/brand-b/" });
        await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "agency/" });

        // When the service lists one level of "agency/"
        var level = await target.ListLevelAsync("agency/");

        // Then nothing was there before the container existed; afterwards the service's level is the whole listing
        // grouped (root files with their MD5, each folder once)
        Assert.Empty(before.Files);
        Assert.Empty(before.Folders);
        var grouped = RemoteLevel.Of("agency/", (await ListAsync(target, "agency/")).Values);
        Assert.Equal(grouped.Folders, level.Folders);
        Assert.Contains("brand-a", level.Folders);
        Assert.Equal(grouped.Files.Select(f => (f.Name, f.Size, Convert.ToBase64String(f.Md5!))).Order(),
            level.Files.Select(f => (f.Name, f.Size, Convert.ToBase64String(f.Md5!))).Order());
        Assert.NotEmpty(level.Files);
    }

    [Fact]
    public async Task Should_converge_when_rerun_after_azurite_died_mid_publish()
    {
        // Given an Azurite of our own and a site of 40 files
        using var data = new TempDir();
        using var server = await AzuriteFixture.StartOwnAsync(data.Path);
        var container = $"crash{Guid.NewGuid():N}"[..20];
        var fastFail = new BlobClientOptions();
        fastFail.Retry.MaxRetries = 1;
        fastFail.Retry.Delay = TimeSpan.FromMilliseconds(50);
        fastFail.Retry.Mode = RetryMode.Fixed;
        var options = new AzureBlobTargetOptions { ContainerName = container, ClientOptions = fastFail };
        var site = TestSites.Generated(40);

        // When the server is killed after the 10th upload
        var dying = new RecordingTarget(new AzureBlobTarget(server.ConnectionString, options))
        {
            AfterUpload = n => { if (n == 10) server.Kill(); },
        };
        var failure = await Record.ExceptionAsync(() => SitePublisher.PublishAsync(site, dying, Acme, new PublishOptions { Parallelism = 2 }));

        // And it is restarted on the same data, and the publish is run again
        await server.RestartAsync();
        var target = new AzureBlobTarget(server.ConnectionString, options);
        var rerun = await SitePublisher.PublishAsync(site, target, Acme, new PublishOptions { Parallelism = 2 });
        var third = await SitePublisher.PublishAsync(site, target, Acme);

        // Then the first run failed, the re-run completed the site, and a third run has nothing left to do
        Assert.NotNull(failure);
        Assert.True(rerun.Uploaded > 0);
        var remote = await ListAsync(target);
        Assert.Equal(40, remote.Count);
        AssertHolds(remote, site, "acme/");
        Assert.Equal((0, 40), (third.Uploaded, third.Unchanged));
    }

    [Fact]
    public async Task Should_stop_cleanly_when_cancelled_and_converge_on_rerun()
    {
        // Given a site of 60 files and a publish that is cancelled after the 5th upload (as Ctrl-C does)
        var site = TestSites.Generated(60);
        using var stop = new CancellationTokenSource();
        var target = new RecordingTarget(azurite.NewTarget()) { AfterUpload = n => { if (n == 5) stop.Cancel(); } };

        // When publishing, then publishing again
        var cancelled = await Record.ExceptionAsync(() => SitePublisher.PublishAsync(site, target, Acme, new PublishOptions { Parallelism = 2 }, stop.Token));
        var thereAfterCancel = (await ListAsync(target)).Count;
        var rerun = await SitePublisher.PublishAsync(site, target, Acme);

        // Then the first run stopped with a cancellation well short of the site, and the re-run sent only the files
        // that were missing. A request cancelled in flight (one per parallel slot) may have reached the server whole
        // and still be committed just after our listing, so the re-run may find up to that many fewer to send.
        Assert.IsAssignableFrom<OperationCanceledException>(cancelled);
        Assert.InRange(thereAfterCancel, 5, 8);
        Assert.InRange(rerun.Uploaded, 60 - thereAfterCancel - 2, 60 - thereAfterCancel);
        AssertHolds(await ListAsync(target), site, "acme/");
    }

    private sealed class RemoteFileComparer : IEqualityComparer<RemoteFile>
    {
        public static readonly RemoteFileComparer Instance = new();

        public bool Equals(RemoteFile? x, RemoteFile? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Size == y.Size && (x.Md5 ?? []).AsSpan().SequenceEqual(y.Md5 ?? []);

        public int GetHashCode(RemoteFile obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
