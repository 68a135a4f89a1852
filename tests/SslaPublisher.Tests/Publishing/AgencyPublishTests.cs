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
        await foreach (var file in azurite.NewTarget(container: container).ListAsync("")) names.Add(file.Name);
        return names;
    }

    private static async Task Upload(SslaPublisher.Publishing.AzureBlobTarget target, string name)
    {
        var file = SslaPublisher.Site.SiteFile.Text(name, "stray", "text/plain");
        await target.PrepareAsync();
        await target.UploadAsync(name, file, System.Security.Cryptography.MD5.HashData(file.Content.Span));
    }
}
