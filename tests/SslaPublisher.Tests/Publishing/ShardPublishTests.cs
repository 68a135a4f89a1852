using System.Text.Json;
using SslaPublisher.Publishing;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

/// <summary>
/// <c>ssla publish --shard i/n</c> against Azurite: a shard lists, prunes and uploads only its own brands' folders;
/// the other shards' brands, files at the root and brands gone from the agency (before the shard had a manifest, see
/// <see cref="ShardManifestTests"/>) are left to <c>--index-only --delete</c>.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ShardPublishTests(AzuriteFixture azurite)
{
    private static readonly BrandShard First = BrandShard.TryParse("1/2", out _)!;

    [Fact]
    public async Task Should_list_and_prune_only_the_folders_of_the_shards_own_brands()
    {
        // Given an agency published whole, then a stray file in a brand of each shard and one at the root, and a
        // brand of this shard's share that has left the agency
        using var dir = new TempDir();
        var online = await PublishedAgency(dir);
        var (mine, theirs) = (online.Mine[0], online.Theirs[0]);
        var gone = online.Mine[^1];
        var target = azurite.NewTarget(container: online.Container);
        foreach (var stray in new[] { $"{mine}/stray.html", $"{theirs}/stray.html", "keep-me.txt" }) await Upload(target, stray);
        Directory.Delete(Path.Combine(online.Agency, gone), recursive: true);
        var built = Path.Combine(dir.Path, "site-1");
        Assert.Equal(0, (await CliRunner.RunAsync("build", online.Agency, "-o", built, "--shard", "1/2")).ExitCode);

        // When shard 1 is published with --delete
        var recording = new RecordingTarget(target);
        var source = PublishSource.FromFolder(built);
        var outcome = await PublishSession.RunAsync(new PublishRequest { Source = source, Delete = true, Parallelism = 3 }, recording);

        // Then it listed exactly its remaining brands' folders (it had no manifest yet) and, before deleting, the
        // folder of shard manifests; it uploaded nothing, deleted only its own brand's stray file, and named no
        // brand as gone
        Assert.True(source.IsShard);
        Assert.Equal(online.Mine.Where(b => b != gone).Select(b => b + "/").Append(PublishLock.ShardLocks).Order(StringComparer.Ordinal),
            recording.Listed.Order(StringComparer.Ordinal));
        Assert.Equal([$"{mine}/stray.html"], recording.Events.Where(e => e.Event == "delete-end" && !ShardManifest.IsManifestName(e.Name)).Select(e => e.Name));
        Assert.Equal(0, outcome.Result.Uploaded);
        Assert.Empty(outcome.Plan.GoneBrands);
        var names = await Names(online.Container);
        Assert.Contains($"{theirs}/stray.html", names);
        Assert.Contains("keep-me.txt", names);
        Assert.Contains($"{gone}/{SyncPlan.BrandMarker}", names);
        Assert.All(online.Theirs, b => Assert.Contains($"{b}/index.html", names));
    }

    [Fact]
    public async Task Should_leave_other_shards_and_gone_brands_to_the_index_step_which_removes_the_gone_ones()
    {
        // Given an agency published whole, a stray file in another shard's brand, and a brand that left the agency
        using var dir = new TempDir();
        var online = await PublishedAgency(dir);
        var target = azurite.NewTarget(container: online.Container);
        await Upload(target, $"{online.Theirs[0]}/stray.html");
        var gone = online.Theirs[^1];
        Directory.Delete(Path.Combine(online.Agency, gone), recursive: true);
        string[] to = ["--connection-string", azurite.ConnectionString, "--container", online.Container, "--json", "--delete"];

        // When shard 1 is published through the command line with --delete, then the index step with --delete
        var shard = await CliRunner.RunAsync(["publish", online.Agency, "--shard", "1/2", "-o", Path.Combine(dir.Path, "site-1"), .. to]);
        var afterShard = await Names(online.Container);
        var index = await CliRunner.RunAsync(["publish", online.Agency, "--index-only", "-o", Path.Combine(dir.Path, "site-index"), .. to]);
        var afterIndex = await Names(online.Container);

        // Then the shard changed nothing of the other shard's brands, not even the gone one; the index step deleted
        // every file of the gone brand and only those
        Assert.Equal((0, ""), (shard.ExitCode, shard.Error));
        using (var json = JsonDocument.Parse(shard.Output))
        {
            Assert.Equal((0, 0), (json.RootElement.GetProperty("uploaded").GetInt32(), json.RootElement.GetProperty("deleted").GetInt32()));
            Assert.Equal(("listing", "no manifest yet"), (json.RootElement.GetProperty("remote").GetString(), json.RootElement.GetProperty("remoteReason").GetString()));
        }
        Assert.Equal(online.Names.Append($"{online.Theirs[0]}/stray.html").Order(StringComparer.Ordinal), afterShard.Order(StringComparer.Ordinal));
        Assert.Equal((0, ""), (index.ExitCode, index.Error));
        Assert.Equal(afterShard.Where(n => !n.StartsWith(gone + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            afterIndex.Order(StringComparer.Ordinal));
        Assert.Contains(afterShard, n => n.StartsWith(gone + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_publish_the_index_listing_only_the_root_and_the_folders_that_are_no_brand_of_the_agency()
    {
        // Given an agency published whole, a file at the root, a stray file in a brand, and a brand that left the agency
        using var dir = new TempDir();
        var online = await PublishedAgency(dir);
        var target = azurite.NewTarget(container: online.Container);
        foreach (var stray in new[] { "keep-me.txt", $"{online.Mine[0]}/stray.html" }) await Upload(target, stray);
        var gone = online.Theirs[^1];
        Directory.Delete(Path.Combine(online.Agency, gone), recursive: true);
        var built = Path.Combine(dir.Path, "site-index");
        Assert.Equal(0, (await CliRunner.RunAsync("build", online.Agency, "-o", built, "--index-only")).ExitCode);
        var before = await Names(online.Container);

        // When the index is published with --delete
        var recording = new RecordingTarget(target);
        var source = PublishSource.FromFolder(built);
        var outcome = await PublishSession.RunAsync(new PublishRequest { Source = source, Delete = true, Parallelism = 3 }, recording);

        // Then it listed the root one level deep and, whole, only the gone brand's folder (and, before deleting, the
        // folder of shard manifests): none of the agency's brand folders
        Assert.True(source.IsIndexOnly);
        Assert.Equal([""], recording.LevelsListed);
        Assert.Equal(new[] { gone + "/", PublishLock.ShardLocks }.Order(StringComparer.Ordinal), recording.Listed.Order(StringComparer.Ordinal));
        // And it planned as from a whole listing: the gone brand pruned, every other file kept, only the index
        // (index.html, brands.json) uploaded again, now without the gone brand
        Assert.Equal([gone], outcome.Plan.GoneBrands.Select(g => g.Slug));
        Assert.Equal(["brands.json", "index.html"], recording.Events.Where(e => e.Event == "upload-end").Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before.Where(n => !n.StartsWith(gone + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            (await Names(online.Container)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_let_the_shards_of_one_build_publish_at_once_while_a_second_run_of_one_shard_waits()
    {
        // Given both shards of an agency built, and the locks of the agency's prefix and of shard 1/2 held by others
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        SampleBrands.Write(agency, count: 6, channels: 1);
        var sites = new[] { "1/2", "2/2" }.Select(shard => Path.Combine(dir.Path, "site-" + shard[0])).ToList();
        Assert.Equal(0, (await CliRunner.RunAsync("build", agency, "-o", sites[0], "--shard", "1/2")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("build", agency, "-o", sites[1], "--shard", "2/2")).ExitCode);
        var target = azurite.NewTarget(container: azurite.NewContainerName());
        await target.PrepareAsync();
        await using var agencyLock = await target.TryLockAsync("");
        await using var firstShardLock = await target.TryLockAsync(PublishLock.ShardPrefix("", First));
        Assert.NotNull(agencyLock);
        Assert.NotNull(firstShardLock);

        // When each shard is published, waiting at most a second for its lock
        PublishRequest Request(string site) => new() { Source = PublishSource.FromFolder(site), LockTimeout = TimeSpan.FromSeconds(1) };
        var second = await PublishSession.RunAsync(Request(sites[1]), target);
        var first = await Assert.ThrowsAsync<PublishLockTimeoutException>(() => PublishSession.RunAsync(Request(sites[0]), target));

        // Then shard 2/2 published its brands (its lock is its own), and shard 1/2 waited for the run holding its lock
        Assert.True(second.Result.Uploaded > 0);
        Assert.Contains("another publish to '/ (the container's root), shard 1/2' still holds its lock", first.Message, StringComparison.Ordinal);
    }

    private sealed record Online(string Agency, string Container, IReadOnlyList<string> Mine, IReadOnlyList<string> Theirs, IReadOnlyList<string> Names);

    // Six brands published unsharded: each shard of two gets some (the split depends on the slugs' hash alone).
    private async Task<Online> PublishedAgency(TempDir dir)
    {
        var agency = Path.Combine(dir.Path, "agency");
        var slugs = SampleBrands.Write(agency, count: 6, channels: 1).Select(file => Path.GetFileName(Path.GetDirectoryName(file)!)).ToList();
        var container = azurite.NewContainerName();
        var published = await CliRunner.RunAsync("publish", agency, "--connection-string", azurite.ConnectionString, "--container", container);
        Assert.Equal((0, ""), (published.ExitCode, published.Error));
        var mine = slugs.Where(First.Contains).ToList();
        var theirs = slugs.Where(s => !First.Contains(s)).ToList();
        Assert.True(mine.Count >= 2 && theirs.Count >= 2, "six sample brands fill both shards");
        return new Online(agency, container, mine, theirs, await Names(container));
    }

    private async Task<List<string>> Names(string container)
    {
        var names = new List<string>();
        await foreach (var file in azurite.NewTarget(container: container).ListAsync(""))
            if (!PublishLock.IsLockName(file.Name) && !ShardManifest.IsManifestName(file.Name)) names.Add(file.Name);
        return names;
    }

    private static async Task Upload(AzureBlobTarget target, string name)
    {
        var file = SiteFile.Text(name, "stray", "text/plain");
        await target.PrepareAsync();
        await target.UploadAsync(name, new UploadContent(file.Content, System.Security.Cryptography.MD5.HashData(file.Content.Span), file.ContentType, file.CacheControl));
    }
}
