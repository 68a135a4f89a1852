using System.Xml.Linq;
using SslaPublisher.Rendering.Badges;
using static SslaPublisher.Tests.Rendering.Badges.BadgeFixtures;

namespace SslaPublisher.Tests.Rendering.Badges;

public class BadgeSvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Golden cases: file name → spec. Set SSLA_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change.</summary>
    public static TheoryData<string> GoldenNames() => [.. GoldenCases.Keys];

    private static readonly Dictionary<string, BadgeSpec> GoldenCases = new()
    {
        ["replies-flat"] = Spec("X replies", "15 min"),
        ["staffed-flat-square"] = Spec("X staffed", "Mon–Fri 9–6, Sat 10–2 ET", BadgeStyle.FlatSquare),
        ["staffed-for-the-badge"] = Spec("X staffed", "Mon–Fri 9–6, Sat 10–2 ET", BadgeStyle.ForTheBadge),
        ["on-time-flat"] = Spec("X on time", "96% · 90 d"),
        ["hostile-flat"] = Spec(HostileLabel, "مرحبا 😀 & <b>"),
        ["message-only-flat-square"] = Spec("", "24/7", BadgeStyle.FlatSquare),
    };

    [Theory]
    [MemberData(nameof(GoldenNames))]
    public void Should_write_the_golden_svg(string name)
    {
        // Given a badge spec and its golden file
        var golden = Path.Combine(GoldenFolder, name + ".svg");

        // When it is written as SVG
        var svg = BadgeSvgWriter.Default.Write(GoldenCases[name]);

        // Then it matches the golden file byte for byte
        if (Environment.GetEnvironmentVariable("SSLA_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(GoldenFolder);
            File.WriteAllText(golden, svg);
        }
        Assert.True(File.Exists(golden), $"Missing golden file {golden}; run with SSLA_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(golden), svg);
    }

    [Fact]
    public void Should_write_directly_exactly_what_the_built_in_template_renders()
    {
        // Given many badges: every style, with and without label, hostile text, RTL, emoji, CJK, Latin-1, long text
        string[] labels = ["", "X replies", HostileLabel, "Ünïcödé staffed", "مرحبا", "客服 replies", "a"];
        string[] messages = ["15 min", "Mon–Fri 9–6, Sat 10–2 ET", "24/7 😀 & <b>", "96% · 90 d", "'quoted' \"double\"", new string('W', 120)];
        var renderer = new SslaPublisher.Rendering.Templates.TemplateRenderer(SslaPublisher.Rendering.Templates.TemplateSet.Default);
        var count = 0;
        foreach (var label in labels)
        foreach (var message in messages)
        foreach (var style in BadgeStyles.All)
        {
            var layout = BadgeLayout.Create(Spec(label, message, style));

            // When each is written by the direct writer and by the template
            var direct = BadgeSvgMarkup.Write(layout);
            var templated = renderer.RenderHtml(BadgeSvgWriter.TemplatePath, BadgeSvgModel.From(layout));

            // Then the two are the same bytes
            Assert.Equal(templated, direct);
            count++;
        }
        Assert.Equal(7 * 6 * 3, count);
        Assert.True(new BadgeSvgWriter(renderer).WritesDirectly);
    }

    [Fact]
    public void Should_use_an_overridden_template_instead_of_the_direct_writer()
    {
        // Given a --templates folder whose badge template adds a comment
        using var dir = new SslaPublisher.Tests.Support.TempDir();
        var builtIn = SslaPublisher.Rendering.Templates.TemplateSet.Default.ReadText(BadgeSvgWriter.TemplatePath);
        dir.Write(BadgeSvgWriter.TemplatePath, "<!-- ours -->\n" + builtIn);
        var renderer = new SslaPublisher.Rendering.Templates.TemplateRenderer(SslaPublisher.Rendering.Templates.TemplateSet.Default.WithOverrides(dir.Path));

        // When a badge is written through it
        var writer = new BadgeSvgWriter(renderer);
        var svg = writer.Write(Spec("X replies", "15 min"));

        // Then the override's output is what comes out
        Assert.False(writer.WritesDirectly);
        Assert.StartsWith("<!-- ours -->\n<svg ", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_every_example_badge_as_accessible_well_formed_svg()
    {
        // Given the example brand's badges
        var svgs = ExampleBadges.Where(f => f.Path.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        Assert.Equal(5 * 2 * 3, svgs.Count);

        foreach (var file in svgs)
        {
            // When each is parsed as XML
            var doc = XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Content.Span));

            // Then it is an image with a label, a title saying the same, and declared dimensions
            var root = doc.Root!;
            Assert.Equal(Svg + "svg", root.Name);
            Assert.Equal("img", (string?)root.Attribute("role"));
            var label = (string?)root.Attribute("aria-label");
            Assert.False(string.IsNullOrWhiteSpace(label), file.Path);
            Assert.Equal(label, root.Element(Svg + "title")?.Value);
            Assert.True(double.Parse((string)root.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.All(root.Descendants(Svg + "text"), t => Assert.NotNull(t.Attribute("textLength")));
            Assert.All(root.Descendants(Svg + "text").Where(t => t.Attribute("fill-opacity") is not null),
                shadow => Assert.Equal("true", (string?)shadow.Attribute("aria-hidden")));
        }
    }

    [Fact]
    public void Should_escape_a_hostile_label_and_still_parse()
    {
        // Given a label with markup, quotes, ampersands, RTL override, emoji and a control character
        var spec = Spec(HostileLabel, "مرحبا 😀 & <b>");

        // When it is written
        var svg = BadgeSvgWriter.Default.Write(spec);

        // Then no markup escapes: the document parses, holds no script element, and reads back the text as text
        // (less the bidi override, which could reorder what the badge shows)
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        var doc = XDocument.Parse(svg);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "b");
        var expected = "\"><script>alert('x')</script> & Co evil: مرحبا 😀 & <b>";
        Assert.Equal(expected, (string?)doc.Root!.Attribute("aria-label"));
        Assert.Equal(expected, doc.Root.Element(Svg + "title")!.Value);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "مرحبا 😀 & <b>");
    }

    [Fact]
    public void Should_name_the_font_stack_whose_fallback_was_measured()
    {
        // Given / When any badge
        var doc = XDocument.Parse(BadgeSvgWriter.Default.Write(Spec("X replies", "15 min")));

        // Then the text group names Verdana first and DejaVu Sans, the measured face, before the generic family
        var group = doc.Descendants(Svg + "g").Single(g => g.Attribute("font-family") is not null);
        Assert.Equal("Verdana,Geneva,DejaVu Sans,sans-serif", (string?)group.Attribute("font-family"));
    }
}
