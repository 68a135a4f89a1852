using System.Security.Cryptography;
using SslaPublisher.Publishing;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Publishing;

public sealed class SyncPlanTests
{
    private static readonly SyncPlanOptions Acme = new() { Prefix = "acme/" };

    private static RemoteFile Remote(string name, SiteFile file) => new(name, file.Content.Length, MD5.HashData(file.Content.Span));

    private static IEnumerable<RemoteFile> AllOf(SiteContent site, string prefix) =>
        site.Files.Values.Where(f => f.Visibility == SiteFileVisibility.Public).Select(f => Remote(prefix + f.Path, f));

    [Fact]
    public void Should_upload_every_public_file_when_the_target_is_empty()
    {
        // Given a site and an empty target
        var site = TestSites.Small();

        // When planning
        var plan = SyncPlan.Create(site, [], Acme);

        // Then every public file is a new upload under the prefix, the internal one is left out
        Assert.Equal(6, plan.Uploads.Count);
        Assert.All(plan.Uploads, u => Assert.Equal(SyncAction.UploadNew, u.Action));
        Assert.All(plan.Uploads, u => Assert.StartsWith("acme/", u.Name));
        Assert.Equal(["acme/agreement.html"], plan.LeftOut.Select(l => l.Name));
        Assert.Empty(plan.Unchanged);
        Assert.Empty(plan.Deletes);
        Assert.Equal(site.Files.Values.Where(f => f.Visibility == SiteFileVisibility.Public).Sum(f => (long)f.Content.Length), plan.UploadBytes);
    }

    [Fact]
    public void Should_plan_no_upload_when_the_target_has_the_same_bytes()
    {
        // Given a target holding exactly the site
        var site = TestSites.Small();

        // When planning
        var plan = SyncPlan.Create(site, AllOf(site, "acme/"), Acme);

        // Then nothing is uploaded
        Assert.Empty(plan.Uploads);
        Assert.Equal(6, plan.Unchanged.Count);
    }

    [Fact]
    public void Should_upload_only_the_changed_file()
    {
        // Given a target holding the old site and one page changed locally
        var old = TestSites.Small();
        var site = TestSites.WithChange(old, "index.html", "<h1>Acme, now faster</h1>");

        // When planning
        var plan = SyncPlan.Create(site, AllOf(old, "acme/"), Acme);

        // Then exactly that file is a changed upload
        var upload = Assert.Single(plan.Uploads);
        Assert.Equal(("acme/index.html", SyncAction.UploadChanged), (upload.Name, upload.Action));
    }

    [Fact]
    public void Should_treat_a_remote_file_without_md5_as_changed()
    {
        // Given a blob of the same size that another tool uploaded without Content-MD5
        var site = TestSites.Small();
        var css = site.Files["css/site.3f2a9c1b.css"];
        var remote = AllOf(site, "acme/").Select(r => r.Name == "acme/css/site.3f2a9c1b.css" ? r with { Md5 = null } : r);

        // When planning
        var plan = SyncPlan.Create(site, remote, Acme);

        // Then it is uploaded again, so it gets a hash the next diff can use
        Assert.Equal("acme/css/site.3f2a9c1b.css", Assert.Single(plan.Uploads).Name);
        Assert.Equal(css.Content.Length, plan.UploadBytes);
    }

    [Fact]
    public void Should_order_assets_before_pages()
    {
        // Given an empty target
        var plan = SyncPlan.Create(TestSites.Small(), [], Acme);

        // When reading the upload order
        var names = plan.Uploads.Select(u => u.Name).ToList();

        // Then assets (css, svg, txt) come first and pages (html, json) last, each group in name order
        Assert.Equal(
        [
            "acme/badges/x-help.svg", "acme/bio/x.txt", "acme/css/site.3f2a9c1b.css",
            "acme/404.html", "acme/index.html", "acme/ssla.json",
        ], names);
    }

    [Fact]
    public void Should_delete_nothing_without_the_delete_option()
    {
        // Given a target holding a file the site no longer has
        var site = TestSites.Small();
        var remote = AllOf(site, "acme/").Append(new RemoteFile("acme/old.png", 10, new byte[16]));

        // When planning without --delete
        var plan = SyncPlan.Create(site, remote, Acme);

        // Then it stays
        Assert.Empty(plan.Deletes);
    }

    [Fact]
    public void Should_delete_only_under_the_prefix()
    {
        // Given a listing that (wrongly) also holds another brand's files and the container root
        var site = TestSites.Small();
        var remote = AllOf(site, "acme/")
            .Append(new RemoteFile("acme/old.png", 10, new byte[16]))
            .Append(new RemoteFile("acme-air/index.html", 10, new byte[16]))
            .Append(new RemoteFile("index.html", 10, new byte[16]));

        // When planning with --delete
        var plan = SyncPlan.Create(site, remote, new SyncPlanOptions { Prefix = "acme", Delete = true });

        // Then only the stale file under acme/ is deleted
        Assert.Equal(["acme/old.png"], plan.Deletes.Select(d => d.Name));
    }

    [Fact]
    public void Should_delete_a_previously_published_internal_file_when_pruning()
    {
        // Given a target where an earlier --include-agreement run put the agreement
        var site = TestSites.Small();
        var agreement = site.Files["agreement.html"];
        var remote = AllOf(site, "acme/").Append(Remote("acme/agreement.html", agreement));

        // When pruning without --include-agreement
        var plan = SyncPlan.Create(site, remote, new SyncPlanOptions { Prefix = "acme/", Delete = true });

        // Then the agreement is removed rather than left readable
        Assert.Equal(["acme/agreement.html"], plan.Deletes.Select(d => d.Name));
    }

    [Fact]
    public void Should_publish_internal_files_when_asked()
    {
        // Given the include option
        var plan = SyncPlan.Create(TestSites.Small(), [], new SyncPlanOptions { Prefix = "acme/", IncludeInternal = true });

        // Then the agreement is uploaded and nothing is left out
        Assert.Contains(plan.Uploads, u => u.Name == "acme/agreement.html");
        Assert.Empty(plan.LeftOut);
    }
}
