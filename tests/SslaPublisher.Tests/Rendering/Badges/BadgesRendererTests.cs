using System.Text;
using System.Text.Json;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Tests.Support;
using static SslaPublisher.Tests.Rendering.Badges.BadgeFixtures;

namespace SslaPublisher.Tests.Rendering.Badges;

public class BadgesRendererTests
{
    [Fact]
    public void Should_write_svg_png_and_endpoint_files_per_channel_badge_and_style()
    {
        // Given the example brand (5 channels)
        // When its badges are rendered
        var paths = ExampleBadges.Select(f => f.Path).ToHashSet();

        // Then each channel has both kinds as SVG in every style, 1x and 2x PNGs of the flat style (the default) and
        // one endpoint JSON per badge
        Assert.Equal(5 * 2 * (3 + 2 + 1), paths.Count);
        Assert.Contains("badges/x-help-replies.svg", paths);
        Assert.Contains("badges/x-help-replies.png", paths);
        Assert.Contains("badges/x-help-replies@2x.png", paths);
        Assert.Contains("badges/x-help-staffed-flat-square.svg", paths);
        Assert.Contains("badges/x-help-staffed-for-the-badge.svg", paths);
        Assert.DoesNotContain("badges/x-help-staffed-for-the-badge@2x.png", paths);
        Assert.DoesNotContain("badges/x-help-staffed-flat-square.png", paths);
        Assert.Contains("badges/mastodon-ops-replies.json", paths);
        Assert.All(ExampleBadges, f => Assert.StartsWith("badges/", f.Path));
        Assert.All(ExampleBadges.Where(f => f.Path.EndsWith(".svg", StringComparison.Ordinal)), f => Assert.Equal("image/svg+xml", f.ContentType));
    }

    [Theory]
    [InlineData("[flat, flat-square, for-the-badge]", 3)]
    [InlineData("[for-the-badge]", 1)]
    [InlineData("[]", 0)]
    public void Should_write_the_png_styles_the_brand_asks_for(string pngStyles, int stylesWithPng)
    {
        // Given a one-channel brand naming its PNG styles
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", $$$"""
            brand: {name: Night Owl, slug: night-owl, timezone: UTC}
            channels:
              - {id: bsky, platform: bluesky, handle: "@owl.bsky.social", purpose: support, summary: Help, hours: always, reply: {within: 1h}}
            badges: {png_styles: {{{pngStyles}}}}
            """);

        // When its badges are rendered
        var files = new BadgesRenderer().Render(Context(new PromiseLoader().LoadFile(file))).ToList();

        // Then every style has its SVG, and exactly the named styles have PNGs at 1x and 2x, each a real PNG
        var pngs = files.Where(f => f.Path.EndsWith(".png", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * 3, files.Count(f => f.Path.EndsWith(".svg", StringComparison.Ordinal)));
        Assert.Equal(2 * stylesWithPng * 2, pngs.Count);
        Assert.All(pngs, f => Assert.True(f.Content.Span.StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G']), f.Path));
        if (pngStyles.Contains("for-the-badge", StringComparison.Ordinal))
            Assert.Contains(pngs, f => f.Path == "badges/bsky-staffed-for-the-badge@2x.png");
    }

    [Fact]
    public void Should_reject_an_unknown_png_style_at_its_line()
    {
        // Given a badges section with a misspelt style
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", """
            brand: {name: Night Owl, slug: night-owl, timezone: UTC}
            channels:
              - {id: bsky, platform: bluesky, handle: "@owl.bsky.social", purpose: support, summary: Help, hours: always, reply: {within: 1h}}
            badges:
              png_styles: [flat, plastic]
            """);

        // When it is loaded, then the error names the field, the value and where it is
        var error = Assert.Throws<DefinitionException>(() => new PromiseLoader().LoadFile(file));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(5, diagnostic.Line);
        Assert.Contains("badges.png_styles", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains("'plastic'", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reuse_an_identical_badge_of_another_brand_byte_for_byte()
    {
        // Given one renderer (as in an agency build) and the example brand rendered through it twice
        var renderer = new BadgesRenderer();
        var first = renderer.Render(ExampleContext()).ToList();
        var second = renderer.Render(ExampleContext()).ToList();

        // Then the second brand's files equal the first's and those of a fresh renderer
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second, ExampleBadges), t =>
        {
            Assert.True(t.First.Content.Span.SequenceEqual(t.Second.Content.Span), t.First.Path);
            Assert.True(t.First.Content.Span.SequenceEqual(t.Third.Content.Span), t.First.Path);
        });
    }

    [Fact]
    public void Should_state_the_reply_time_and_the_hours_in_words_people_read()
    {
        // Given the example brand's badges
        var badges = BadgesRenderer.Badges(ExampleContext()).ToDictionary(b => b.Name);

        // Then the messages are the promise in short form, hours in the channel's zone
        Assert.Equal(("X replies", "15 min"), (badges["x-help-replies"].Label, badges["x-help-replies"].Message));
        Assert.Equal(("X staffed", "Mon–Fri 9–6, Sat 10–2 ET"), (badges["x-help-staffed"].Label, badges["x-help-staffed"].Message));
        Assert.Equal("4 hr", badges["facebook-replies"].Message);
        Assert.Equal("1 working day", badges["instagram-replies"].Message);
        Assert.Equal("2 working days", badges["linkedin-replies"].Message);
        Assert.Equal("30 min", badges["mastodon-ops-replies"].Message);
        Assert.EndsWith(" UK", badges["mastodon-ops-staffed"].Message);
    }

    [Fact]
    public void Should_name_the_zone_in_the_badges_language()
    {
        // Given an Arabic-only channel of a brand keeping Berlin time
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", """
            brand: {name: Nimbus Rail, slug: nimbus-rail, timezone: Europe/Berlin, languages: [ar]}
            channels:
              - {id: x, platform: x, handle: "@NimbusRail", purpose: support, summary: مساعدة, hours: {mon-fri: "08:00-20:00"}, reply: {within: 30m}}
            """);

        // When its hours badge is made
        var hours = BadgesRenderer.Badges(Context(new PromiseLoader().LoadFile(file))).Single(b => b.Name == "x-staffed").Message;

        // Then the zone is CLDR's Arabic name for it ("Germany time"), and no Latin abbreviation (CET) stands in the
        // Arabic message
        Assert.EndsWith("توقيت ألمانيا", hours, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]", hours);
    }

    [Fact]
    public void Should_say_24_7_for_a_channel_staffed_around_the_clock()
    {
        // Given a channel with hours: always
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", """
            brand: {name: Night Owl, slug: night-owl, timezone: UTC}
            channels:
              - {id: bsky, platform: bluesky, handle: "@owl.bsky.social", purpose: support, summary: Help, hours: always, reply: {within: 1h30m}}
            """);
        var context = Context(new PromiseLoader().LoadFile(file));

        // When its badges are made
        var badges = BadgesRenderer.Badges(context).ToDictionary(b => b.Name);

        // Then the hours badge says 24/7 and durations read naturally
        Assert.Equal(("Bluesky staffed", "24/7"), (badges["bsky-staffed"].Label, badges["bsky-staffed"].Message));
        Assert.Equal("1 hr, 30 min", badges["bsky-replies"].Message);
    }

    [Fact]
    public void Should_write_shields_endpoint_json_for_each_badge()
    {
        // Given the X channel's replies badge
        var file = ExampleBadges.Single(f => f.Path == "badges/x-help-replies.json");

        // When the JSON is read
        using var json = JsonDocument.Parse(file.Content);
        var root = json.RootElement;

        // Then it has the fields shields.io's endpoint badge reads
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("X replies", root.GetProperty("label").GetString());
        Assert.Equal("15 min", root.GetProperty("message").GetString());
        Assert.Equal("ffb400", root.GetProperty("color").GetString());
        Assert.Equal("0b3d91", root.GetProperty("labelColor").GetString());
        Assert.Equal("application/json", file.ContentType);
    }

    [Fact]
    public void Should_escape_hostile_text_in_endpoint_json()
    {
        // Given a badge with a hostile label
        var bytes = BadgeEndpointJson.Write(BadgeLayout.Create(Spec(HostileLabel, "1 h")));
        var text = Encoding.UTF8.GetString(bytes);

        // Then the JSON has no raw markup and parses back to the cleaned label
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal("\"><script>alert('x')</script> & Co evil", json.RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public void Should_render_the_same_bytes_twice()
    {
        // Given the example rendered twice
        var again = new BadgesRenderer().Render(ExampleContext()).ToList();

        // Then every file is byte-identical, in the same order
        Assert.Equal(ExampleBadges.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(ExampleBadges.Zip(again), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }
}
