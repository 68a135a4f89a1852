using System.Text.Json;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;

namespace SslaPublisher.Tests.Rendering.Fonts;

/// <summary>
/// The text engine measures what Chromium draws: the 500-string <see cref="TextCorpus"/> (Latin, CJK, Arabic,
/// Hebrew, Devanagari, emoji with selectors, keycaps and sequences) laid out by headless Chromium
/// (tests/browser/tasks/text-widths.js), with the banner fonts as web fonts in the same fallback order and with the
/// badges' SVG font stack, against <see cref="TextShaper"/> and <see cref="BadgeTypesetter"/>.
/// </summary>
public class TextWidthBrowserTests
{
    private const float BannerSize = 64;

    // Badges are drawn at 110 px and scaled by 0.1 (shields' trick for sub-pixel widths); compare in badge pixels.
    private const float BadgeSize = 11;
    private const string BadgeStack = "Verdana,Geneva,DejaVu Sans,sans-serif";

    [Fact]
    public void Should_measure_banner_and_badge_text_within_1px_of_Chromium()
    {
        // Given the corpus, the banner faces served as web fonts, and the badges' font stack
        var corpus = TextCorpus.Strings();
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "blank.html"), "<!doctype html><meta charset=utf-8><title>widths</title><body>");
        var faces = new List<object>();
        string Family(FontWeight weight) => string.Join(",", BundledFonts.Chain(weight).Select(f => $"\"ssla-{Key(f)}\""));
        foreach (var face in BundledFonts.All)
        {
            // Shipped faces from the library's own bytes; CJK from the system (scripts/setup.sh installs fonts-noto-cjk).
            var copy = Path.Combine(dir.Path, face.FileName);
            if (!File.Exists(copy) && face.IsShipped) File.WriteAllBytes(copy, EmbeddedFonts.ReadBytes(face));
            else if (!File.Exists(copy)) File.CreateSymbolicLink(copy, Path.Combine("/usr/share/fonts/opentype/noto", face.FileName));
            faces.Add(new { family = $"ssla-{Key(face)}", file = face.FileName, weight = 400 });
        }
        var items = new List<object>();
        var expected = new List<(string What, string Text, float Width)>();
        foreach (var (text, i) in corpus.Select((t, i) => (t, i)))
        {
            var weight = i % 3 == 0 ? FontWeight.Bold : FontWeight.Regular;
            items.Add(new { text, family = Family(weight), size = BannerSize, weight = 400, dir = "auto" });
            expected.Add(($"banner {weight}", text, TextShaper.Default.MeasureWidth(text, weight, BannerSize)));
            items.Add(new { text, family = BadgeStack, size = BadgeSize * 10, weight = weight == FontWeight.Bold ? 700 : 400, dir = (string?)null });
            expected.Add(($"badge {weight}", text, BadgeTypesetter.Default.Measure(text, weight == FontWeight.Bold, BadgeSize)));
        }

        // When Chromium lays each string out
        var value = BrowserHarness.Run(dir.Path, BrowserTask.Of("text-widths.js", new { page = "blank.html", fontFaces = faces, items })).Single();
        var widths = value.Deserialize<double[]>()!;

        // Then every badge width agrees to within 1 px (in badge pixels), and every banner width to within 1 px or
        // 0.1 % of a long line (Chromium rounds each run to 1/64 px); banner text is measured as a paragraph whose
        // direction is its first strong letter's (dir="auto"), as banners lay it out
        Assert.Equal(expected.Count, widths.Length);
        var compared = expected.Zip(widths)
            .Select(p => (p.First, Chromium: p.First.What.StartsWith("badge", StringComparison.Ordinal) ? p.Second / 10 : p.Second))
            .Select(p => (p.First.What, Text: p.First.Text, Ours: p.First.Width, p.Chromium, Off: Math.Abs(p.Chromium - p.First.Width)))
            .ToList();
        static string Describe(IEnumerable<(string What, string Text, float Ours, double Chromium, double Off)> rows) =>
            string.Join("\n", rows.Select(r => $"{r.What} '{r.Text}': ours {r.Ours:0.0}, Chromium {r.Chromium:0.0}"));
        var badgeMisses = compared.Where(c => c.What.StartsWith("badge", StringComparison.Ordinal) && c.Off > 1).ToList();
        Assert.True(badgeMisses.Count == 0, $"{badgeMisses.Count} badge widths differ by more than 1 px:\n{Describe(badgeMisses)}");
        var bannerMisses = compared
            .Where(c => c.What.StartsWith("banner", StringComparison.Ordinal) && c.Off > Math.Max(1, c.Chromium / 1000)).ToList();
        Assert.True(bannerMisses.Count == 0,
            $"{bannerMisses.Count} of {corpus.Count} banner widths differ by more than 1 px:\n{Describe(bannerMisses)}");
    }

    private static string Key(FontFace face) =>
        Path.GetFileNameWithoutExtension(face.FileName).Replace('_', '-') + (face.CollectionIndex == 0 ? "" : $"-{face.CollectionIndex}");
}
