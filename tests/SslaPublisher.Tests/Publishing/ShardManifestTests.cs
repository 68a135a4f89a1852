using System.Net;
using Azure.Core.Pipeline;
using SslaPublisher.Publishing;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

/// <summary>
/// A shard's manifest against Azurite: written after a sync succeeds, read (one request, no listing) by the next
/// publish of that shard, never left behind by a sync that stopped halfway, ignored when it is another shard's or
/// damaged, bypassed by <c>--verify</c>.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ShardManifestTests(AzuriteFixture azurite)
{
    private static readonly BrandShard First = BrandShard.TryParse("1/2", out _)!;
    private static readonly BrandShard Second = BrandShard.TryParse("2/2", out _)!;
    private static readonly string ManifestName = ShardManifest.NameFor("", First);

    [Fact]
    public async Task Should_write_the_manifest_after_a_sync_and_read_it_instead_of_listing_next_time()
    {
        // Given shard 1/2 of an agency built, and an empty container
        using var dir = new TempDir();
        var shard = await BuiltShard(dir);
        var target = azurite.NewTarget(container: azurite.NewContainerName());

        // When it is published twice, the second time unchanged
        var first = new RecordingTarget(target);
        var published = await PublishSession.RunAsync(Request(shard.Site), first);
        var manifest = ShardManifest.TryParse((await target.ReadAsync(ManifestName))!, "", First, out var problem);
        var second = new RecordingTarget(target);
        var again = await PublishSession.RunAsync(Request(shard.Site), second);

        // Then the first listed its brands' folders (no manifest yet) and wrote a manifest of exactly what it
        // uploaded, last; the second read that manifest, listed nothing, uploaded nothing and wrote nothing
        Assert.Equal((false, "no manifest yet"), (published.Remote!.FromManifest, published.Remote.Reason));
        Assert.Equal(shard.Brands.Select(b => b + "/").Order(StringComparer.Ordinal), BrandFolders(first));
        Assert.Null(problem);
        Assert.Equal(published.Plan.Uploads.Select(u => u.Name).Order(StringComparer.Ordinal), manifest!.Files.Select(f => f.Name));
        Assert.All(manifest.Files, f => Assert.Contains(shard.Brands, b => f.Name.StartsWith(b + "/", StringComparison.Ordinal)));
        Assert.Equal(("upload-end", ManifestName), first.Events[^1]);
        Assert.True(again.Remote!.FromManifest);
        Assert.Empty(second.Listed);
        Assert.Equal([ManifestName], second.Read);
        Assert.Equal((0, published.Result.Uploaded, 0), (again.Result.Uploaded, again.Result.Unchanged, again.Result.Deleted));
        Assert.DoesNotContain(second.Events, e => e.Event.StartsWith("upload", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_leave_no_manifest_when_a_sync_stops_halfway_so_the_next_run_lists_and_finishes()
    {
        // Given shard 1/2 published (with its manifest), then three of its built files changed
        using var dir = new TempDir();
        var shard = await BuiltShard(dir);
        var target = azurite.NewTarget(container: azurite.NewContainerName());
        await PublishSession.RunAsync(Request(shard.Site), target);
        var changed = shard.Brands.Take(3).Select(b => Path.Combine(shard.Site, b, "index.html")).ToList();
        foreach (var file in changed) await File.AppendAllTextAsync(file, "<!-- changed -->");

        // When a publish uploading one file at a time fails after its first upload
        var failing = new RecordingTarget(target) { AfterUpload = n => throw new IOException("connection reset (test)") };
        var failure = await Record.ExceptionAsync(() => PublishSession.RunAsync(Request(shard.Site) with { Parallelism = 1 }, failing));
        var afterFailure = await target.ReadAsync(ManifestName);
        var next = new RecordingTarget(target);
        var finished = await PublishSession.RunAsync(Request(shard.Site), next);

        // Then the manifest was deleted before the first upload and not written again; the next run listed (no
        // manifest), uploaded what was still different and wrote a manifest that matches the target
        Assert.NotNull(failure);
        Assert.True(failing.Events.ToList().FindIndex(e => e == ("delete-end", ManifestName))
            < failing.Events.ToList().FindIndex(e => e.Event == "upload-start"));
        Assert.Null(afterFailure);
        Assert.Equal((false, "no manifest yet"), (finished.Remote!.FromManifest, finished.Remote.Reason));
        Assert.Equal(shard.Brands.Select(b => b + "/").Order(StringComparer.Ordinal), BrandFolders(next));
        Assert.Equal(2, finished.Result.Uploaded);
        var manifest = ShardManifest.TryParse((await target.ReadAsync(ManifestName))!, "", First, out _)!;
        var listed = new Dictionary<string, RemoteFile>(StringComparer.Ordinal);
        await foreach (var file in target.ListAsync("")) listed[file.Name] = file;
        Assert.All(manifest.Files, f => Assert.Equal(f.Md5, Convert.ToBase64String(listed[f.Name].Md5!)));
    }

    [Fact]
    public async Task Should_list_with_verify_and_repair_a_manifest_made_stale_by_a_blob_deleted_by_hand()
    {
        // Given shard 1/2 published with its manifest, then one of its blobs deleted behind ssla's back
        using var dir = new TempDir();
        var shard = await BuiltShard(dir);
        var target = azurite.NewTarget(container: azurite.NewContainerName());
        await PublishSession.RunAsync(Request(shard.Site), target);
        var lost = $"{shard.Brands[0]}/index.html";
        await target.DeleteAsync(lost);

        // When it is published as usual, then with --verify, then as usual again
        var trusting = await PublishSession.RunAsync(Request(shard.Site), target);
        var verifying = new RecordingTarget(target);
        var verified = await PublishSession.RunAsync(Request(shard.Site) with { Verify = true }, verifying);
        var afterwards = new RecordingTarget(target);
        var again = await PublishSession.RunAsync(Request(shard.Site), afterwards);

        // Then the manifest hid the loss; --verify listed, did not read the manifest, uploaded the lost blob and
        // wrote the manifest again; the next run trusts it again
        Assert.Equal((true, 0), (trusting.Remote!.FromManifest, trusting.Result.Uploaded));
        Assert.Equal((false, "--verify"), (verified.Remote!.FromManifest, verified.Remote.Reason));
        Assert.Empty(verifying.Read);
        Assert.Equal(shard.Brands.Select(b => b + "/").Order(StringComparer.Ordinal), BrandFolders(verifying));
        Assert.Equal([lost], verified.Plan.Uploads.Select(u => u.Name));
        Assert.Contains(("upload-end", lost), verifying.Events);
        Assert.Equal((true, 0), (again.Remote!.FromManifest, again.Result.Uploaded));
        Assert.Empty(afterwards.Listed);
    }

    [Fact]
    public async Task Should_ignore_a_manifest_of_another_shard_or_a_damaged_one_and_list()
    {
        // Given shard 1/2 published, then its manifest replaced by one written for shard 2/2, later by garbage
        using var dir = new TempDir();
        var shard = await BuiltShard(dir);
        var target = azurite.NewTarget(container: azurite.NewContainerName());
        await PublishSession.RunAsync(Request(shard.Site), target);
        var wrongShard = ShardManifest.Of("", Second, []).ToBytes();

        // When it is published after each replacement
        await Store(target, wrongShard);
        var recording = new RecordingTarget(target);
        var afterWrongShard = await PublishSession.RunAsync(Request(shard.Site), recording);
        await Store(target, "not gzip"u8.ToArray());
        var afterGarbage = await PublishSession.RunAsync(Request(shard.Site), target);
        var repaired = ShardManifest.TryParse((await target.ReadAsync(ManifestName))!, "", First, out var problem);

        // Then each run listed, said why, uploaded nothing, and left a good manifest of its own shard
        Assert.Equal((false, "its manifest is not used: written for shard 2/2, not 1/2"), (afterWrongShard.Remote!.FromManifest, afterWrongShard.Remote.Reason));
        Assert.Equal(shard.Brands.Select(b => b + "/").Order(StringComparer.Ordinal), BrandFolders(recording));
        Assert.False(afterGarbage.Remote!.FromManifest);
        Assert.StartsWith("its manifest is not used: unreadable (", afterGarbage.Remote.Reason, StringComparison.Ordinal);
        Assert.Equal((0, 0), (afterWrongShard.Result.Uploaded, afterGarbage.Result.Uploaded));
        Assert.Null(problem);
        Assert.Equal("1/2", repaired!.Shard);
        Assert.NotEmpty(repaired.Files);
    }

    [Fact]
    public async Task Should_delete_a_brand_that_left_the_agency_through_the_manifest_and_nothing_of_the_other_shard()
    {
        // Given both shards of an agency published (each with its manifest), then a brand of shard 1/2 removed
        // from the agency and shard 1/2 built again
        using var dir = new TempDir();
        var shard = await BuiltShard(dir);
        var other = Path.Combine(dir.Path, "site-2");
        Assert.Equal(0, (await CliRunner.RunAsync("build", shard.Agency, "-o", other, "--shard", "2/2")).ExitCode);
        var container = azurite.NewContainerName();
        var target = azurite.NewTarget(container: container);
        await PublishSession.RunAsync(Request(shard.Site), target);
        await PublishSession.RunAsync(Request(other), target);
        var before = await Names(target);
        var gone = shard.Brands[^1];
        Directory.Delete(Path.Combine(shard.Agency, gone), recursive: true);
        Assert.Equal(0, (await CliRunner.RunAsync("build", shard.Agency, "-o", shard.Site, "--shard", "1/2")).ExitCode);

        // When shard 1/2 is published with --delete
        var recording = new RecordingTarget(target);
        var outcome = await PublishSession.RunAsync(Request(shard.Site) with { Delete = true }, recording);
        var after = await Names(target);

        // Then it listed no brand folder (only the manifests' folder, for manifests of other shard counts, before its
        // first change), named the brand as gone and deleted exactly its files (its ssla.json last); the other
        // shard's manifest and brands are untouched, and its own new manifest no longer names the brand
        Assert.True(outcome.Remote!.FromManifest);
        Assert.Equal([PublishLock.ShardLocks], recording.Listed);
        Assert.Equal([gone], outcome.Plan.GoneBrands.Select(g => g.Slug));
        var deleted = recording.Events.Where(e => e.Event == "delete-end" && e.Name != ManifestName).Select(e => e.Name).ToList();
        Assert.Equal(before.Where(n => n.StartsWith(gone + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
        Assert.Equal($"{gone}/ssla.json", deleted[^1]);
        Assert.Equal(before.Where(n => !n.StartsWith(gone + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.Contains(ShardManifest.NameFor("", Second), after);
        var manifest = ShardManifest.TryParse((await target.ReadAsync(ManifestName))!, "", First, out _)!;
        Assert.DoesNotContain(manifest.Files, f => f.Name.StartsWith(gone + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_drop_every_shard_manifest_when_an_unsharded_publish_changes_a_brand_and_never_write_one_in_a_dry_run()
    {
        // Given a dry run of shard 1/2 on an empty container, then both shards published
        using var dir = new TempDir();
        var shard = await BuiltShard(dir);
        var other = Path.Combine(dir.Path, "site-2");
        Assert.Equal(0, (await CliRunner.RunAsync("build", shard.Agency, "-o", other, "--shard", "2/2")).ExitCode);
        var container = azurite.NewContainerName();
        var target = azurite.NewTarget(container: container);
        var dry = await PublishSession.RunAsync(Request(shard.Site) with { DryRun = true }, target);
        var afterDryRun = await target.ReadAsync(ManifestName);
        await PublishSession.RunAsync(Request(shard.Site), target);
        await PublishSession.RunAsync(Request(other), target);
        var manifests = (await Names(target)).Count(ShardManifest.IsManifestName);

        // When the whole agency is published unsharded with one brand's text changed
        var yaml = Path.Combine(shard.Agency, shard.Brands[0], "ssla.yaml");
        await File.WriteAllTextAsync(yaml, (await File.ReadAllTextAsync(yaml)).Replace("name: ", "name: Renamed ", StringComparison.Ordinal));
        var whole = await CliRunner.RunAsync("publish", shard.Agency, "--connection-string", azurite.ConnectionString, "--container", container);

        // Then the dry run wrote no manifest; the unsharded publish removed both shards' manifests, since their
        // record of that brand is no longer true
        Assert.True(dry.Result.Uploaded > 0);
        Assert.Null(afterDryRun);
        Assert.Equal(2, manifests);
        Assert.Equal((0, ""), (whole.ExitCode, whole.Error));
        Assert.DoesNotContain(await Names(target), ShardManifest.IsManifestName);
    }

    [Fact]
    public async Task Should_list_when_reading_the_manifest_times_out_and_say_so()
    {
        // Given shard 1/2 published with its manifest, and a client whose requests for that manifest never answer
        // (1 s per try, one retry)
        using var dir = new TempDir();
        var shard = await BuiltShard(dir);
        var container = azurite.NewContainerName();
        await PublishSession.RunAsync(Request(shard.Site), azurite.NewTarget(container: container));
        var client = StorageClientOptions.Create(TimeSpan.FromSeconds(1));
        client.Retry.MaxRetries = 1;
        using var handler = new ManifestBlackHole();
        using var http = new HttpClient(handler);
        client.Transport = new HttpClientTransport(http);
        var target = azurite.NewTarget(new AzureBlobTargetOptions { ClientOptions = client }, container);

        // When it is published again through that client
        var recording = new RecordingTarget(target);
        var outcome = await PublishSession.RunAsync(Request(shard.Site), recording);

        // Then the manifest read failed on its own time-out, the shard listed instead, said why, and uploaded nothing
        Assert.True(handler.Swallowed >= 2, $"{handler.Swallowed} manifest requests");
        Assert.Equal((false, "its manifest could not be read (timed out)"), (outcome.Remote!.FromManifest, outcome.Remote.Reason));
        Assert.Equal(shard.Brands.Select(b => b + "/").Order(StringComparer.Ordinal), BrandFolders(recording));
        Assert.Equal(0, outcome.Result.Uploaded);
    }

    private sealed record Shard(string Agency, string Site, IReadOnlyList<string> Brands);

    // Six sample brands, shard 1/2 of them built into site-1 (which brands it gets depends on the slugs' hash alone).
    private static async Task<Shard> BuiltShard(TempDir dir)
    {
        var agency = Path.Combine(dir.Path, "agency");
        var slugs = SampleBrands.Write(agency, count: 6, channels: 1).Select(file => Path.GetFileName(Path.GetDirectoryName(file)!)).ToList();
        var site = Path.Combine(dir.Path, "site-1");
        var built = await CliRunner.RunAsync("build", agency, "-o", site, "--shard", "1/2");
        Assert.Equal((0, ""), (built.ExitCode, built.Error));
        var mine = slugs.Where(First.Contains).Order(StringComparer.Ordinal).ToList();
        Assert.True(mine.Count >= 2 && mine.Count <= 4, "six sample brands fill both shards");
        return new Shard(agency, site, mine);
    }

    // The brand folders a publish listed, in order (not the manifests' folder it lists before its first change).
    private static List<string> BrandFolders(RecordingTarget target) =>
        [.. target.Listed.Where(p => p != PublishLock.ShardLocks).Order(StringComparer.Ordinal)];

    private static PublishRequest Request(string site) => new() { Source = PublishSource.FromFolder(site), Parallelism = 3 };

    private static async Task<List<string>> Names(ISiteTarget target)
    {
        var names = new List<string>();
        await foreach (var file in target.ListAsync(""))
            if (!PublishLock.IsLockName(file.Name)) names.Add(file.Name);
        return names;
    }

    private static Task Store(ISiteTarget target, byte[] bytes) =>
        target.UploadAsync(ManifestName, new UploadContent(bytes, System.Security.Cryptography.MD5.HashData(bytes), RemoteState.ManifestContentType, "no-store"));

    /// <summary>Passes every request to Azurite except reads of a shard manifest, which never answer (until cancelled).</summary>
    private sealed class ManifestBlackHole() : DelegatingHandler(new HttpClientHandler())
    {
        private int _swallowed;

        public int Swallowed => Volatile.Read(ref _swallowed);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.EndsWith("/" + ShardManifest.FileName, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _swallowed);
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.GatewayTimeout);
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
