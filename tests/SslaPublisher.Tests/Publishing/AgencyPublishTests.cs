using System.Text.Json;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

/// <summary><c>ssla publish &lt;agency folder&gt;</c>: every brand under its slug, then the index of brands.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AgencyPublishTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Should_publish_every_brand_under_its_slug_and_the_index_at_the_root()
    {
        // Given an agency of three brands and a fresh container
        using var dir = new TempDir();
        SampleBrands.Write(dir.Path, count: 3, channels: 1);
        var container = azurite.NewContainerName();

        // When the folder is published
        var result = await CliRunner.RunAsync("publish", dir.Path, "--connection-string", azurite.ConnectionString, "--container", container, "--json");

        // Then each brand's pages are under its slug, the index is at the root, and the URL opens the index
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var names = await Names(container);
        Assert.All(new[] { "brand-0000", "brand-0001", "brand-0002" }, slug => Assert.Contains($"{slug}/index.html", names));
        Assert.Contains("index.html", names);
        Assert.Contains("brands.json", names);
        Assert.DoesNotContain(names, n => n.EndsWith("agreement.html", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(result.Output);
        Assert.EndsWith($"/{container}/index.html", json.RootElement.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(names.Count, json.RootElement.GetProperty("uploaded").GetInt32());
    }

    [Fact]
    public async Task Should_prune_a_brand_only_under_its_own_prefix_and_never_touch_the_others()
    {
        // Given an agency published once, plus a stray file of a brand and a file outside every brand
        using var dir = new TempDir();
        SampleBrands.Write(dir.Path, count: 2, channels: 1);
        var container = azurite.NewContainerName();
        string[] args = ["publish", dir.Path, "--connection-string", azurite.ConnectionString, "--container", container, "--json", "--delete"];
        Assert.Equal(0, (await CliRunner.RunAsync(args)).ExitCode);
        var target = azurite.NewTarget(container: container);
        await Upload(target, "brand-0001/old-page.html");
        await Upload(target, "keep-me.txt");

        // When it is published again with --delete
        var again = await CliRunner.RunAsync(args);

        // Then only the stray brand file is gone; the file outside the brands stays, and nothing else was uploaded
        using var json = JsonDocument.Parse(again.Output);
        Assert.Equal((0, 0, 1), (again.ExitCode, json.RootElement.GetProperty("uploaded").GetInt32(), json.RootElement.GetProperty("deleted").GetInt32()));
        var names = await Names(container);
        Assert.DoesNotContain("brand-0001/old-page.html", names);
        Assert.Contains("keep-me.txt", names);
    }

    [Fact]
    public async Task Should_delete_a_brand_removed_from_the_agency_only_with_delete_and_name_it_first()
    {
        // Given an agency of three brands published once, and a stray file at the root
        using var dir = new TempDir();
        SampleBrands.Write(dir.Path, count: 3, channels: 1);
        var container = azurite.NewContainerName();
        string[] args = ["publish", dir.Path, "--connection-string", azurite.ConnectionString, "--container", container];
        Assert.Equal(0, (await CliRunner.RunAsync(args)).ExitCode);
        var target = azurite.NewTarget(container: container);
        await Upload(target, "keep-me.txt");
        var gone = (await Names(container)).Count(n => n.StartsWith("brand-0001/", StringComparison.Ordinal));

        // When brand-0001 leaves the agency: a dry run with --delete, a run without, then one with
        Directory.Delete(Path.Combine(dir.Path, "brand-0001"), recursive: true);
        var dry = await CliRunner.RunAsync([.. args, "--delete", "--dry-run"]);
        var kept = await CliRunner.RunAsync(args);
        var keptNames = await Names(container);
        var deleted = await CliRunner.RunAsync([.. args, "--delete", "--json"]);

        // Then the plan names the brand before any other line, without --delete it stays (with a hint),
        // and with --delete every one of its files is gone while the other brands and the stray file stay
        Assert.StartsWith($"Brand 'brand-0001' is no longer in the agency: would delete its {gone} files", dry.Output.Split('\n')[1], StringComparison.Ordinal);
        Assert.Contains("publish with --delete to remove it", kept.Output, StringComparison.Ordinal);
        Assert.Contains("brand-0001/index.html", keptNames);
        Assert.Equal(0, deleted.ExitCode);
        using var json = JsonDocument.Parse(deleted.Output);
        Assert.Equal(gone, json.RootElement.GetProperty("deleted").GetInt32());
        var names = await Names(container);
        Assert.DoesNotContain(names, n => n.StartsWith("brand-0001/", StringComparison.Ordinal));
        Assert.Contains("brand-0000/index.html", names);
        Assert.Contains("brand-0002/index.html", names);
        Assert.Contains("keep-me.txt", names);
    }

    [Fact]
    public async Task Should_reuse_unchanged_brands_from_the_build_cache_and_upload_only_the_changed_one()
    {
        // Given an agency published once
        using var dir = new TempDir();
        var files = SampleBrands.Write(dir.Path, count: 3, channels: 1);
        var container = azurite.NewContainerName();
        string[] args = ["publish", dir.Path, "--connection-string", azurite.ConnectionString, "--container", container];
        var first = await CliRunner.RunAsync(args);

        // When nothing changed, then one brand's text changed
        var unchanged = await CliRunner.RunAsync(args);
        File.WriteAllText(files[2], File.ReadAllText(files[2]).Replace("Orders, deliveries", "Parcels, deliveries", StringComparison.Ordinal));
        var changed = await CliRunner.RunAsync(args);

        // Then the first renders all, the second reuses all and uploads nothing, the third renders and uploads only that brand
        Assert.Contains("Built 3 brands (3 rendered, 0 unchanged and reused).", first.Output, StringComparison.Ordinal);
        Assert.Contains("Built 3 brands (0 rendered, 3 unchanged and reused).", unchanged.Output, StringComparison.Ordinal);
        Assert.Contains("Published: 0 uploaded (0 bytes)", unchanged.Output, StringComparison.Ordinal);
        Assert.Contains("Built 3 brands (1 rendered, 2 unchanged and reused).", changed.Output, StringComparison.Ordinal);
        var uploaded = changed.Output.Split('\n').Where(l => l.StartsWith("uploaded ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uploaded);
        Assert.All(uploaded, l => Assert.StartsWith("uploaded brand-0002/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_publish_a_built_folder_given_with_from_exactly_as_a_publish_that_builds()
    {
        // Given an agency built with ssla build, and published from its folder into one container
        using var dir = new TempDir();
        SampleBrands.Write(Path.Combine(dir.Path, "agency"), count: 2, channels: 1);
        var site = Path.Combine(dir.Path, "site");
        Assert.Equal(0, (await CliRunner.RunAsync("build", Path.Combine(dir.Path, "agency"), "-o", site)).ExitCode);
        var container = azurite.NewContainerName();
        var fromFolder = await CliRunner.RunAsync("publish", "--from", site, "--connection-string", azurite.ConnectionString, "--container", container, "--json");

        // When the agency itself is published into the same container
        var building = await CliRunner.RunAsync("publish", Path.Combine(dir.Path, "agency"), "--connection-string", azurite.ConnectionString, "--container", container, "--json");

        // Then the first uploaded the site with its headers, and the second found every byte already there
        Assert.Equal((0, ""), (fromFolder.ExitCode, fromFolder.Error));
        using var a = JsonDocument.Parse(fromFolder.Output);
        using var b = JsonDocument.Parse(building.Output);
        Assert.Equal(0, b.RootElement.GetProperty("uploaded").GetInt32());
        Assert.Equal(a.RootElement.GetProperty("uploaded").GetInt32(), b.RootElement.GetProperty("unchanged").GetInt32());
        var client = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, container);
        var page = await client.GetBlobClient("brand-0000/index.html").GetPropertiesAsync();
        Assert.Equal(("text/html; charset=utf-8", SslaPublisher.Site.CachePolicy.Short), (page.Value.ContentType, page.Value.CacheControl));
    }

    [Fact]
    public async Task Should_refuse_a_from_folder_that_ssla_did_not_build()
    {
        using var dir = new TempDir();
        dir.Write("index.html", "<h1>Hand-made</h1>");

        var run = await CliRunner.RunAsync("publish", "--from", dir.Path, "--to-folder", Path.Combine(dir.Path, "..", Path.GetFileName(dir.Path) + "-out"));
        var both = await CliRunner.RunAsync("publish", RepoPaths.Example(), "--from", dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: --from: {Path.Combine(dir.Path, SslaPublisher.Site.SiteManifest.FileName)}: missing", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("not both", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_every_invalid_brand_and_upload_nothing()
    {
        using var dir = new TempDir();
        var files = SampleBrands.Write(dir.Path, count: 2, channels: 1);
        File.WriteAllText(files[1], File.ReadAllText(files[1]).Replace("platform: ", "platfrom: ", StringComparison.Ordinal));
        var container = azurite.NewContainerName();

        var result = await CliRunner.RunAsync("publish", dir.Path, "--connection-string", azurite.ConnectionString, "--container", container);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown key 'platfrom' (did you mean 'platform'?)", result.Error, StringComparison.Ordinal);
        Assert.Empty(await Names(container));
    }

    private async Task<List<string>> Names(string container)
    {
        var names = new List<string>();
        await foreach (var file in azurite.NewTarget(container: container).ListAsync(""))
            if (!SslaPublisher.Publishing.PublishLock.IsLockName(file.Name)) names.Add(file.Name);
        return names;
    }

    private static async Task Upload(SslaPublisher.Publishing.AzureBlobTarget target, string name)
    {
        var file = SslaPublisher.Site.SiteFile.Text(name, "stray", "text/plain");
        await target.PrepareAsync();
        await target.UploadAsync(name, new SslaPublisher.Publishing.UploadContent(file.Content, System.Security.Cryptography.MD5.HashData(file.Content.Span), file.ContentType, file.CacheControl));
    }
}
