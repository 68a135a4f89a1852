using System.Security.Cryptography;
using SslaPublisher.Publishing;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Publishing;

/// <summary>An agency planned as one site: brands under their slugs, its index last, and brands that are gone.</summary>
public sealed class AgencySyncPlanTests
{
    private static readonly SiteContent Index = SiteContent.Empty.With(
    [
        SiteFile.Text("index.html", "<h1>Brands</h1>", "text/html; charset=utf-8"),
        SiteFile.Text("brands.json", "{}", "application/json"),
    ]);

    // Two brands now; "gamma" was published before and is gone; "docs/" is someone else's folder.
    private static readonly PublishSource Agency = PublishSource.FromSites(
        new Dictionary<string, SiteContent> { ["alpha"] = TestSites.Small("<h1>Alpha</h1>"), ["beta"] = TestSites.Small("<h1>Beta</h1>") }, Index);

    private static IEnumerable<RemoteFile> Online(string prefix, params string[] names) =>
        names.Select(n => new RemoteFile(prefix + n, 3, MD5.HashData("old"u8)));

    private static IEnumerable<RemoteFile> Remote(string prefix) => Online(prefix,
        "alpha/index.html", "alpha/stale.png",
        "gamma/index.html", "gamma/ssla.json", "gamma/badges/x.svg", "gamma/style.css",
        "docs/readme.txt", "keep-me.txt", PublishLock.FileName, "alpha/" + PublishLock.FileName);

    [Fact]
    public void Should_delete_the_files_of_a_gone_brand_and_nothing_outside_brand_folders()
    {
        // When an agency is planned with --delete under a prefix
        var plan = SyncPlan.Create(Agency.Files, Remote("sites/"), new SyncPlanOptions { Prefix = "sites/", Delete = true, Brands = Agency.Brands });

        // Then the gone brand is named with its file count, and deleted whole (its marker last) with alpha's stale file;
        // the stray root file, the folder without a brand marker and the publish locks stay
        var gone = Assert.Single(plan.GoneBrands);
        Assert.Equal(("gamma", 4), (gone.Slug, gone.Files));
        Assert.Equal(["sites/alpha/stale.png", "sites/gamma/badges/x.svg", "sites/gamma/index.html", "sites/gamma/ssla.json", "sites/gamma/style.css"],
            plan.Deletes.Select(d => d.Name));
        Assert.Equal(["sites/gamma/ssla.json"], plan.Phases[^1].Select(d => d.Name));
        Assert.DoesNotContain("sites/gamma/ssla.json", plan.Phases[^2].Select(d => d.Name));
    }

    [Fact]
    public void Should_name_a_gone_brand_without_deleting_it_when_delete_is_off()
    {
        var plan = SyncPlan.Create(Agency.Files, Remote(""), new SyncPlanOptions { Brands = Agency.Brands });

        Assert.Equal("gamma", Assert.Single(plan.GoneBrands).Slug);
        Assert.Empty(plan.Deletes);
    }

    [Fact]
    public void Should_upload_the_agency_index_after_every_brand_page()
    {
        var plan = SyncPlan.Create(Agency.Files, [], new SyncPlanOptions { Brands = Agency.Brands });

        // Phases: assets, brand pages, the index; an index page never lands before a page it links to
        Assert.Equal(["brands.json", "index.html"], plan.Phases[2].Select(u => u.Name));
        Assert.Contains("alpha/index.html", plan.Phases[1].Select(u => u.Name));
        Assert.All(plan.Phases[0], u => Assert.False(SyncPlan.IsPage(u.Name)));
        Assert.Equal(plan.Uploads.Count, plan.Phases[0].Count + plan.Phases[1].Count + plan.Phases[2].Count);
    }

    [Fact]
    public void Should_keep_deleting_everything_under_the_prefix_for_one_brand()
    {
        // One brand (no Brands): as before, every stale file under its prefix, but never the lock
        var plan = SyncPlan.Create(TestSites.Small(), Online("acme/", "old.png", "sub/old.html", PublishLock.FileName),
            new SyncPlanOptions { Prefix = "acme/", Delete = true });

        Assert.Equal(["acme/old.png", "acme/sub/old.html"], plan.Deletes.Select(d => d.Name));
        Assert.Empty(plan.GoneBrands);
    }

    [Fact]
    public void Should_leave_the_brands_of_other_shards_alone()
    {
        // Given one shard (alpha, beta) of an agency that also has gamma, published by another shard
        var plan = SyncPlan.Create(Agency.Files, Remote(""),
            new SyncPlanOptions { Delete = true, Brands = Agency.Brands, AgencyBrands = ["alpha", "beta", "gamma"] });

        // Then gamma is not gone, and none of its files is deleted
        Assert.Empty(plan.GoneBrands);
        Assert.Equal(["alpha/stale.png"], plan.Deletes.Select(d => d.Name));
    }

    [Fact]
    public void Should_plan_a_shard_only_inside_its_own_brands_whatever_the_listing_holds()
    {
        // Given one shard (alpha, beta; no index) of an agency that also has delta, and a listing holding more than
        // its brands' folders: a gone brand, a folder that is no brand, a root file, the locks
        var shard = Agency.Files.Where(f => f.Path.Contains('/', StringComparison.Ordinal)).ToList();
        var plan = SyncPlan.Create(shard, Remote(""),
            new SyncPlanOptions { Delete = true, Brands = Agency.Brands, AgencyBrands = ["alpha", "beta", "delta"], BrandsOnly = true });

        // Then only alpha's stale file is deleted, gamma is not taken for gone, and nothing outside alpha/ and beta/ is planned
        Assert.Empty(plan.GoneBrands);
        Assert.Equal(["alpha/stale.png"], plan.Deletes.Select(d => d.Name));
        Assert.All(plan.All, i => Assert.True(i.Name.StartsWith("alpha/", StringComparison.Ordinal) || i.Name.StartsWith("beta/", StringComparison.Ordinal), i.Name));
    }
}
