using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Banners;

namespace SslaPublisher.Tests.Rendering.Banners;

public class ContrastGuardTests
{
    [Theory]
    [InlineData("#FFB400", "#FFFFFF", "#FFFFFF")] // yellow accent on white, brand text white too
    [InlineData("#777777", "#808080", "#888888")] // mid grey everywhere: the worst case for black or white
    [InlineData("#0B3D91", "#0B3D91", "#0B3D91")] // text colour equal to the background
    public void Should_pick_a_text_colour_with_at_least_4_5_to_1_contrast(string wanted, string background, string brandText)
    {
        // Given a wanted colour that contrasts too little with the background
        var bg = RgbColor.Parse(background);
        var brand = new BrandColors(bg, RgbColor.Parse(brandText), RgbColor.Parse(wanted));

        // When the guard picks the colour
        var color = ContrastGuard.TextColor(RgbColor.Parse(wanted), bg, brand);

        // Then it reaches the WCAG AA minimum
        Assert.True(color.ContrastWith(bg) >= 4.5, $"{color} on {bg} is {color.ContrastWith(bg):0.00}:1");
    }

    [Fact]
    public void Should_keep_the_wanted_colour_when_it_contrasts_enough()
    {
        // Given white on the example brand's blue
        var brand = BrandColors.Default;

        // Then it is kept as it is
        Assert.Equal(RgbColor.White, ContrastGuard.TextColor(RgbColor.White, brand.Background, brand));
    }

    [Fact]
    public void Should_draw_readable_text_when_the_brand_colours_clash()
    {
        // Given a brand whose text and accent colours are both nearly the background colour
        var colors = new BrandColors(RgbColor.Parse("#FFFFFF"), RgbColor.Parse("#F4F4F4"), RgbColor.Parse("#FFEE00"));

        // When its X banner is drawn
        using var bitmap = BannerImage.Draw(BannerSamples.Painter, BannerSamples.XSpec, BannerSamples.BuiltIn(),
            BannerSamples.Model("Acme", "@acme", "15 minutes", "Mon–Fri 9:00–18:00"), colors, null, "x");

        // Then the text (all of it inside the safe area; the accent stripe is below it) is black, not the clashing colours
        var safe = BannerSamples.XSpec.SafeArea;
        var text = Enumerable.Range(safe.Y, safe.Height)
            .SelectMany(y => Enumerable.Range(safe.X, safe.Width).Select(x => bitmap.GetPixel(x, y))).ToList();
        var dark = text.Count(p => p.Red < 40 && p.Green < 40 && p.Blue < 40);
        // Black anti-aliased on white gives greys only; any yellowish pixel would be the clashing accent.
        var clashing = text.Count(p => p.Blue < p.Red - 40);
        Assert.True(dark > 1000, $"only {dark} dark pixels");
        Assert.Equal(0, clashing);
    }
}
