using FsCheck.Xunit;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Badges;

namespace SslaPublisher.Tests.Rendering.Badges;

public class BadgeColorsTests
{
    [Property(MaxTest = 500)]
    public bool Should_give_text_at_least_4_5_to_1_contrast_on_any_brand_colour(byte r, byte g, byte b, bool forTheBadge, bool flat)
    {
        // Given any wanted background and any style
        var style = flat ? BadgeStyle.Flat : forTheBadge ? BadgeStyle.ForTheBadge : BadgeStyle.FlatSquare;
        var wanted = new RgbColor(r, g, b);

        // When the side's colours are chosen
        var colors = BadgeColors.For(wanted, style);

        // Then the text meets WCAG AA on every shade the side shows (both ends of the flat gradient)
        return BadgeColors.Shades(colors.Background, style).All(shade => colors.Text.ContrastWith(shade) >= 4.5)
               && (colors.Text == RgbColor.White || colors.Text == RgbColor.Black);
    }

    [Fact]
    public void Should_keep_a_brand_colour_that_already_reads_well()
    {
        // Given the example's navy and amber
        // When colours are chosen for the flat style
        var navy = BadgeColors.For(RgbColor.Parse("#0B3D91"), BadgeStyle.Flat);
        var amber = BadgeColors.For(RgbColor.Parse("#FFB400"), BadgeStyle.Flat);

        // Then the brand colours are kept, with white on navy and black on amber
        Assert.Equal(new BadgeSideColors(RgbColor.Parse("#0B3D91"), RgbColor.White, new RgbColor(1, 1, 1)), navy);
        Assert.Equal(RgbColor.Parse("#FFB400"), amber.Background);
        Assert.Equal(RgbColor.Black, amber.Text);
    }

    [Fact]
    public void Should_adjust_a_mid_tone_only_as_far_as_the_gradient_requires()
    {
        // Given a mid grey that passes on its own but not under the flat gradient's light top
        var grey = new RgbColor(0x76, 0x76, 0x76);
        Assert.True(RgbColor.White.ContrastWith(grey) >= 4.5);
        Assert.True(BadgeColors.WorstContrast(RgbColor.White, grey, BadgeStyle.Flat) < 4.5);

        // When colours are chosen for flat and for flat-square
        var flat = BadgeColors.For(grey, BadgeStyle.Flat);
        var square = BadgeColors.For(grey, BadgeStyle.FlatSquare);

        // Then flat darkens it slightly and flat-square keeps it
        Assert.Equal(grey, square.Background);
        Assert.NotEqual(grey, flat.Background);
        Assert.True(flat.Background.RelativeLuminance < grey.RelativeLuminance);
        Assert.True(grey.R - flat.Background.R <= 12, $"darkened too far: {flat.Background}");
    }
}
