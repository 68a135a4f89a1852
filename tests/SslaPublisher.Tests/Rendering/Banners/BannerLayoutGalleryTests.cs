using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

/// <summary>
/// Every built-in layout on X, Facebook and LinkedIn, for the example brand (with its sky photo), an Arabic brand
/// and a Japanese one: the golden images of each layout, and docs/gallery/layouts/ (rewritten with
/// SSLA_UPDATE_GOLDEN=1).
/// </summary>
public class BannerLayoutGalleryTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var layout in BannerChoice.BuiltInLayouts)
        foreach (var platform in new[] { "x", "facebook", "linkedin" })
        foreach (var brand in new[] { "acme-air", "arabic", "japanese" })
            data.Add(layout, platform, brand);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_draw_every_layout_on_every_platform_like_its_golden_image(string layoutName, string platform, string brand)
    {
        // Given a brand, its sky photo and a built-in layout
        var (layout, model, colors) = Brand(brand, layoutName, platform);
        var spec = PlatformCatalog.Default.FindByKey(platform)!.Banner!.AtScale();
        using var logos = new LogoCache();
        var art = new BannerArt(colors, brand == "acme-air" ? logos.Get(Path.Combine(RepoPaths.Root, "examples", "acme-air", "logo.png")) : null,
            logos.Get(SkyPhoto), 0.68, 0.3, brand);

        // When the banner is drawn
        var png = BannerImage.RenderPng(BannerSamples.Painter, spec, layout, model, art, $"{brand} {layoutName} {platform}");

        // Then it is the platform's size, under its limit, and looks like its golden image
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((spec.Width, spec.Height), (bitmap.Width, bitmap.Height));
        Assert.True(png.Length <= spec.MaxBytes);
        Golden.AssertMatches($"layouts/{brand}-{layoutName}-{platform}", png);
    }

    [Theory]
    [InlineData("photo")]
    [InlineData("pattern")]
    [InlineData("split")]
    public void Should_keep_4_5_to_1_contrast_under_every_line_of_text(string layoutName)
    {
        // Given the example brand's banner in a layout whose background is not one flat colour
        foreach (var platform in new[] { "x", "facebook", "linkedin", "youtube", "mastodon", "bluesky" })
        {
            var (layout, model, colors) = Brand("acme-air", layoutName, platform);
            var spec = PlatformCatalog.Default.FindByKey(platform)!.Banner!.AtScale();
            using var logos = new LogoCache();
            var art = new BannerArt(colors, null, logos.Get(SkyPhoto), 0.68, 0.3, "acme-air");

            // When its background (fill, panel, veil) is drawn, and the text is laid out on it
            using var background = BannerImage.Draw(BannerSamples.Painter, spec, layout, model, art, platform, BannerLayers.Background);
            using var text = BannerImage.Draw(BannerSamples.Painter, spec, layout, model, art, platform, BannerLayers.Text);

            // Then every background pixel under a drawn glyph contrasts at least 4.5:1 with the glyph's colour
            var worst = double.MaxValue;
            var where = "";
            for (var y = 0; y < spec.Height; y++)
            for (var x = 0; x < spec.Width; x++)
            {
                var glyph = text.GetPixel(x, y);
                if (glyph.Alpha < 128) continue;
                var under = background.GetPixel(x, y);
                if (glyph.Alpha < 250) continue; // edges blend with the background; the solid body is the text colour
                var textColor = new RgbColor(glyph.Red, glyph.Green, glyph.Blue);
                var ratio = textColor.ContrastWith(new RgbColor(under.Red, under.Green, under.Blue));
                if (ratio < worst) (worst, where) = (ratio, $"({x},{y}) text {textColor} on {new RgbColor(under.Red, under.Green, under.Blue)}");
            }
            Assert.True(worst >= 4.5, $"{layoutName} on {platform}: contrast down to {worst:0.00}:1 at {where}");
        }
    }

    private static string SkyPhoto => Path.Combine(RepoPaths.Root, "examples", "acme-air", "sky.jpg");

    private static (BannerLayout Layout, BannerModel Model, BrandColors Colors) Brand(string brand, string layoutName, string platform = "x")
    {
        if (brand == "acme-air")
        {
            var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
            var channel = promise.Channels.Single(c => c.Id == "x-help");
            return (BannerSamples.BuiltInFor(layoutName, platform), BannerModel.ForChannel(promise, channel, PlatformCatalog.Default,
                SslaPublisher.Rendering.Localization.UiStrings.Load(SslaPublisher.Rendering.Templates.TemplateSet.Default, "en")), BrandColors.Default);
        }
        var localized = LocalizedBrands.ByKey(brand);
        var model = LocalizedBrands.Model(localized, platform is "x" or "facebook" or "linkedin" or "youtube" ? platform : "x");
        return (BannerSamples.BuiltInFor(layoutName, platform), model, localized.Colors);
    }
}
