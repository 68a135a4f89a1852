using System.Text;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary>
/// <c>--as-of</c>: bios, badges and banners state a notice's temporary promise while its window holds the build
/// instant, and the channel's own before and after; pages never change with it; agency builds render a brand again
/// exactly when that changes.
/// </summary>
public sealed class NoticesAsOfBuildTests
{
    // The storm on X (2 hours instead of 15 minutes) runs 2027-01-11T11:00Z – 2027-01-12T23:00Z.
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Pages", "Fixtures", "notices", "ssla.yaml");
    private static readonly Instant Before = Instant.FromUtc(2027, 1, 11, 10, 59);
    private static readonly Instant During = Instant.FromUtc(2027, 1, 11, 15, 0);
    private static readonly Instant After = Instant.FromUtc(2027, 1, 12, 23, 0);

    private static readonly Lazy<(SiteContent Before, SiteContent During, SiteContent After, SiteContent Unset)> Sites = new(() =>
    {
        var promise = new PromiseLoader().LoadFile(Fixture);
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default);
        return (builder.StatingPromiseAt(Before).Build(promise), builder.StatingPromiseAt(During).Build(promise),
            builder.StatingPromiseAt(After).Build(promise), builder.Build(promise));
    });

    [Fact]
    public void Should_state_the_temporary_promise_in_bios_badges_and_banners_only_during_the_window()
    {
        var (before, during, after, unset) = Sites.Value;

        // Then X's bio and reply badge say 2 hours during the storm and 15 minutes before and after it
        Assert.EndsWith("· replies in 15 min", Text(before, "bio/x-help.txt"), StringComparison.Ordinal);
        Assert.EndsWith("· replies in 2 hr", Text(during, "bio/x-help.txt"), StringComparison.Ordinal);
        Assert.EndsWith("· respondemos en 2 h", Text(during, "bio/x-help.es.txt"), StringComparison.Ordinal);
        Assert.Contains("\"message\": \"2 hr\"", Text(during, "badges/x-help-replies.json"), StringComparison.Ordinal);
        Assert.Contains("\"message\": \"15 min\"", Text(before, "badges/x-help-replies.json"), StringComparison.Ordinal);
        Assert.Contains(">2 hr<", Text(during, "badges/x-help-replies.svg"), StringComparison.Ordinal);
        // And the banner changes with it
        Assert.NotEqual(Bytes(before, "banners/x-help.png"), Bytes(during, "banners/x-help.png"));
        // And Facebook, which the storm does not touch, is the same throughout
        Assert.Equal(Bytes(before, "bio/facebook.txt"), Bytes(during, "bio/facebook.txt"));
        Assert.Equal(Bytes(before, "banners/facebook.png"), Bytes(during, "banners/facebook.png"));
        // And after the window every file is as before it, and as a build without an instant: no clock in any file
        AssertSameFiles(before, after);
        AssertSameFiles(before, unset);
    }

    [Fact]
    public void Should_leave_every_page_unchanged_by_the_build_instant()
    {
        var (before, during, _, _) = Sites.Value;

        // Then pages, feeds and ssla.json are byte-identical: the reader's browser decides what applies
        foreach (var path in before.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.Contains("marketing", StringComparison.Ordinal)
                                                         || p.EndsWith(".xml", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal) && !p.StartsWith("badges/", StringComparison.Ordinal)))
            Assert.True(Bytes(before, path).SequenceEqual(Bytes(during, path)), $"{path} changed with the build instant");
    }

    [Fact]
    public void Should_render_an_agency_brand_again_when_a_temporary_promise_starts_or_ends_and_only_then()
    {
        // Given an agency holding the notices brand, built before the storm
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        Directory.CreateDirectory(Path.Combine(agency, "notice-air"));
        File.Copy(Fixture, Path.Combine(agency, "notice-air", "ssla.yaml"));
        var output = Path.Combine(dir.Path, "site");
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default);
        new MultiBrandBuilder(builder.StatingPromiseAt(Before)).Build(agency, output);

        // When it is built again an hour earlier, in the storm, at its end, and after it
        bool Rendered(Instant at) => !new MultiBrandBuilder(builder.StatingPromiseAt(at)).Build(agency, output).Single().Reused;
        var sameState = Rendered(Before - Duration.FromHours(1));
        var stormStarts = Rendered(During);
        var stillStorm = Rendered(During + Duration.FromHours(1));
        var stormEnds = Rendered(After);

        // Then only the builds where the promise in force changed render the brand again, and the last output is the usual one
        Assert.Equal((false, true, false, true), (sameState, stormStarts, stillStorm, stormEnds));
        Assert.Equal(Bytes(Sites.Value.Before, "bio/x-help.txt"), File.ReadAllBytes(Path.Combine(output, "notice-air", "bio", "x-help.txt")));
    }

    private static void AssertSameFiles(SiteContent a, SiteContent b)
    {
        Assert.Equal(a.Files.Keys.Order(StringComparer.Ordinal), b.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var path in a.Files.Keys)
            Assert.True(Bytes(a, path).SequenceEqual(Bytes(b, path)), $"{path} differs");
    }

    private static byte[] Bytes(SiteContent site, string path) => site.Files[path].Content.ToArray();

    private static string Text(SiteContent site, string path) => Encoding.UTF8.GetString(Bytes(site, path));
}
