using System.Text.Json;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;
using static SslaPublisher.Tests.Rendering.Badges.BadgeFixtures;

namespace SslaPublisher.Tests.Rendering.Badges;

/// <summary>Badges as headless Chromium draws them (tests/browser/tasks/badge-widths.js through the browser harness).</summary>
public class BadgeBrowserTests
{
    private sealed record TextBox(string Content, double Left, double Right, double NaturalWidth);

    private sealed record Measured(string File, double Width, double Height, TextBox[] Texts);

    [Fact]
    public void Should_render_every_badge_at_its_declared_width_with_text_in_its_box()
    {
        // Given the example brand's SVG badges and an odd one (RTL, emoji, markup), written to a folder
        using var dir = new TempDir();
        var layouts = new Dictionary<string, BadgeLayout>();
        foreach (var badge in BadgesRenderer.Badges(ExampleContext()))
        foreach (var style in BadgeStyles.All)
            layouts[Path.GetFileName(BadgePaths.Svg(badge.Name, style))] = BadgeLayout.Create(badge.Spec(style));
        layouts["hostile.svg"] = BadgeLayout.Create(Spec(HostileLabel, "مرحبا 😀 & <b>"));
        foreach (var (name, layout) in layouts)
            File.WriteAllText(Path.Combine(dir.Path, name), BadgeSvgWriter.Default.Write(layout));

        // When Chromium opens each one
        var measured = Measure(dir.Path, layouts.Keys);

        // Then each renders at its declared size to within 1 px, and each text lies inside its side
        Assert.Equal(layouts.Count, measured.Length);
        foreach (var m in measured)
        {
            var layout = layouts[Path.GetFileName(m.File)];
            Assert.True(Math.Abs(m.Width - layout.Width) <= 1, $"{m.File}: rendered {m.Width} px wide, declared {layout.Width}");
            Assert.True(Math.Abs(m.Height - layout.Height) <= 1, $"{m.File}: rendered {m.Height} px high, declared {layout.Height}");
            var sides = new[] { layout.LabelSide, layout.MessageSide }.Where(s => s.Text.Length > 0).ToArray();
            Assert.Equal(sides.Length, m.Texts.Length);
            foreach (var (side, box) in sides.Zip(m.Texts))
            {
                Assert.True(box.Left >= side.X - 0.5 && box.Right <= side.X + side.Width + 0.5,
                    $"{m.File}: '{box.Content}' drawn at {box.Left}–{box.Right}, box {side.X}–{side.X + side.Width}");
                Assert.True(Math.Abs(box.Right - box.Left - side.TextLength) <= 1,
                    $"{m.File}: '{box.Content}' drawn {box.Right - box.Left} px wide, textLength {side.TextLength}");
            }
        }
    }

    [Fact]
    public void Should_measure_the_same_width_as_the_browsers_font_stack()
    {
        // Given the example's badges, whose text is in scripts DejaVu Sans covers
        using var dir = new TempDir();
        var layouts = new Dictionary<string, BadgeLayout>();
        foreach (var badge in BadgesRenderer.Badges(ExampleContext()))
        foreach (var style in BadgeStyles.All)
            layouts[Path.GetFileName(BadgePaths.Svg(badge.Name, style))] = BadgeLayout.Create(badge.Spec(style));
        foreach (var (name, layout) in layouts)
            File.WriteAllText(Path.Combine(dir.Path, name), BadgeSvgWriter.Default.Write(layout));

        // When Chromium lays the same text out without textLength, with the SVG's font stack
        var measured = Measure(dir.Path, layouts.Keys);

        // Then its natural width equals the layout's measured width to within 1 px (textLength then corrects nothing)
        foreach (var m in measured)
        {
            var layout = layouts[Path.GetFileName(m.File)];
            foreach (var (side, box) in new[] { layout.LabelSide, layout.MessageSide }.Zip(m.Texts))
                Assert.True(Math.Abs(box.NaturalWidth - side.MeasuredWidth) <= 1,
                    $"{m.File}: '{box.Content}' is {box.NaturalWidth} px in Chromium, measured {side.MeasuredWidth}");
        }
    }

    private static Measured[] Measure(string root, IEnumerable<string> files)
    {
        var value = BrowserHarness.Run(root, BrowserTask.Of("badge-widths.js", new { files = files.ToArray() })).Single();
        return value.Deserialize<Measured[]>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
