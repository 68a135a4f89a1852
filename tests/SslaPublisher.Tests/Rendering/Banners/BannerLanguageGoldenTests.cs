using SkiaSharp;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

/// <summary>
/// Banners of brands that speak Arabic, Hebrew, Japanese, Hindi, German and Spanish, built from ssla.yaml like a
/// user's: their layout facts (every line inside the safe area, lines apart, breaks only where the language allows,
/// the zone in the language, the call to action shown) and their golden images, also docs/gallery/languages/.
/// </summary>
public class BannerLanguageGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var brand in LocalizedBrands.All)
        foreach (var platform in new[] { "x", "facebook", "linkedin", "youtube" })
            data.Add(brand.Key, platform);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_lay_out_each_language_inside_the_safe_area_and_break_lines_only_where_allowed(string brandKey, string platform)
    {
        // Given a brand speaking one language, and its banner on a platform (at the size it is uploaded)
        var brand = LocalizedBrands.ByKey(brandKey);
        var model = LocalizedBrands.Model(brand, platform);
        var spec = PlatformCatalog.Default.FindByKey(platform)!.Banner!.AtScale();
        var layout = BannerSamples.BuiltInFor("solid", platform);

        // When it is drawn
        using var bitmap = new SKBitmap(new SKImageInfo(spec.Width, spec.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var fitted = BannerSamples.Painter.Paint(bitmap, spec, layout, model, new SslaPublisher.Rendering.Banners.BannerArt(brand.Colors, null), platform);

        // Then every line's ink is inside the safe area, and no two lines touch
        var safe = new SKRect(spec.SafeArea.X, spec.SafeArea.Y, spec.SafeArea.Right, spec.SafeArea.Bottom);
        var inks = fitted.Lines.Select(l => { var r = l.Line.InkBounds; r.Offset(l.X, l.Baseline); return r; }).ToList();
        Assert.All(inks, (ink, i) => Assert.True(safe.Contains(ink), $"line \"{fitted.Lines[i].Text}\" at {ink} outside {safe}"));
        for (var i = 1; i < inks.Count; i++)
            Assert.True(inks[i].Top >= inks[i - 1].Bottom - 1, $"\"{fitted.Lines[i - 1].Text}\" and \"{fitted.Lines[i].Text}\" overlap");

        // and the text reads as the language writes it: headline first, zone named in the language, the call to action shown
        var byBlock = fitted.Lines.GroupBy(l => l.Block).ToDictionary(g => g.Key, g => g.Select(l => l.Text).ToList());
        var hours = string.Join(" ", byBlock[1]);
        Assert.DoesNotContain(" ET", hours, StringComparison.Ordinal);
        Assert.DoesNotContain(brand.Zone.Split('/')[1], hours, StringComparison.Ordinal);
        Assert.Contains(fitted.Lines, l => l.Text.Contains($"promise.{brand.Key}-air.example", StringComparison.Ordinal));

        // and lines break only between words or phrases: never inside a time or day range, never a lone last word
        foreach (var lines in byBlock.Values)
        {
            Assert.All(lines, l => Assert.False(l.TrimEnd('\u2069').EndsWith('–') || l.TrimStart('\u2068', '\u2067', '\u2066').StartsWith('–'), $"range split at \"{l}\""));
            if (lines.Count > 1)
            {
                var last = lines[^1].Trim('\u2066', '\u2067', '\u2068', '\u2069');
                var units = brand.Language == "ja" ? last.Length : last.Split(' ', '\u00A0').Length;
                Assert.True(units > 1, $"lone last line \"{last}\" after \"{lines[^2]}\"");
            }
        }

        // and it looks like its golden image (X, Facebook and LinkedIn: the gallery of languages)
        if (platform != "youtube")
        {
            using var pixmap = bitmap.PeekPixels();
            Golden.AssertMatches($"languages/{brand.Key}-{platform}", PngEncoder.Encode(pixmap, spec.MaxBytes, platform));
        }
    }
}
