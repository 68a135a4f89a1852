using SslaPublisher.Publishing;
using SslaPublisher.Site.Output;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

public sealed class FolderTargetTests
{
    [Fact]
    public async Task Should_write_the_site_and_then_upload_nothing_when_unchanged()
    {
        // Given an empty folder
        using var dir = new TempDir();
        var target = new FolderTarget(dir.Path);

        // When publishing twice
        var first = await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "acme/" });
        var second = await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "acme/" });

        // Then the first wrote every public file byte for byte and the second wrote nothing
        Assert.Equal(6, first.Uploaded);
        Assert.Equal("<h1>Acme</h1>", File.ReadAllText(Path.Combine(dir.Path, "acme", "index.html")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "acme", "agreement.html")));
        Assert.Equal((0, 6), (second.Uploaded, second.Unchanged));
    }

    [Fact]
    public async Task Should_prune_inside_the_prefix_only()
    {
        // Given a folder with the site under acme/ and a file of another brand
        using var dir = new TempDir();
        dir.Write("acme-air/index.html", "other brand");
        var target = new FolderTarget(dir.Path);
        await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "acme/" });

        // When pruning acme/ to a site without its badge
        var site = TestSites.Without(TestSites.Small(), "badges/x-help.svg");
        var result = await SitePublisher.PublishAsync(site, target, new SyncPlanOptions { Prefix = "acme/", Delete = true });

        // Then the badge is gone and the other brand's file is intact
        Assert.Equal(1, result.Deleted);
        Assert.False(File.Exists(Path.Combine(dir.Path, "acme", "badges", "x-help.svg")));
        Assert.Equal("other brand", File.ReadAllText(Path.Combine(dir.Path, "acme-air", "index.html")));
    }

    [Fact]
    public async Task Should_mark_the_folder_as_ssla_output_and_keep_the_mark_when_pruning_the_root()
    {
        // Given a site published to the root of a folder
        using var dir = new TempDir();
        var target = new FolderTarget(dir.Path);
        await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "" });

        // When the same site is published again with --delete
        var again = await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "", Delete = true });

        // Then the folder is marked as ssla's, and the marker is neither listed as a stray file nor deleted
        Assert.Equal(0, again.Deleted);
        Assert.Equal(OutputKind.Output, OutputMarker.Read(dir.Path));
    }
}
