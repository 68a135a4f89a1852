using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;

namespace SslaPublisher.Tests.Rendering.Banners;

public class BannerSafeAreaTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var specs = PlatformCatalog.Default.All.Where(p => p.Banner is not null).Select(p => p.Key).Append("share");
        foreach (var spec in specs)
            foreach (var sample in new[] { "long-latin" }.Concat(BannerSamples.All.Select(s => s.Name)))
                data.Add(spec, sample);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_keep_every_text_pixel_inside_the_safe_area(string platform, string sample)
    {
        // Given a platform's banner spec and text that must wrap and shrink (long, right-to-left, CJK, emoji)
        var spec = platform == "share" ? PlatformCatalog.Default.ShareImage : PlatformCatalog.Default.FindByKey(platform)!.Banner!.AtScale();
        var (layout, model) = sample == "long-latin"
            ? (BannerSamples.Layout("We reply within {{ reply_within }}, every single day of the year, whatever the weather"),
               BannerSamples.Model("Acme", "@AcmeAirCustomerHelpDesk", "1 hour 30 minutes",
                   "Mon–Fri 9:00–18:00 · Sat 10:00–14:00 · Sun 12:00–16:00 (America/Argentina/ComodRivadavia)"))
            : (BannerSamples.Layout(BannerSamples.All.Single(s => s.Name == sample).HeadlineTemplate),
               BannerSamples.All.Single(s => s.Name == sample).Model);

        // When only the text is drawn, on a transparent canvas
        using var bitmap = BannerImage.Draw(BannerSamples.Painter, spec, layout, model, BrandColors.Default, null, platform, BannerLayers.Text);

        // Then no pixel outside the safe area is touched, and text was drawn inside it
        var safe = spec.SafeArea;
        var (inside, outside) = (0, 0);
        var pixels = bitmap.Pixels;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (pixels[y * bitmap.Width + x].Alpha == 0) continue;
                if (x >= safe.X && x < safe.Right && y >= safe.Y && y < safe.Bottom) inside++;
                else outside++;
            }
        }
        Assert.Equal(0, outside);
        Assert.True(inside > 500, $"only {inside} text pixels were drawn");
    }
}
