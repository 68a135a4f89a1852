using SkiaSharp;
using SslaPublisher.Rendering.Badges;
using static SslaPublisher.Tests.Rendering.Badges.BadgeFixtures;

namespace SslaPublisher.Tests.Rendering.Badges;

public class BadgePngWriterTests
{
    [Theory]
    [InlineData(BadgeStyle.Flat)]
    [InlineData(BadgeStyle.FlatSquare)]
    [InlineData(BadgeStyle.ForTheBadge)]
    public void Should_draw_the_layout_at_1x_and_2x(BadgeStyle style)
    {
        // Given a laid-out badge
        var layout = BadgeLayout.Create(Spec("X replies", "15 min", style));

        // When it is drawn at 1x and 2x
        using var one = SKBitmap.Decode(BadgePngWriter.Default.Write(layout, 1));
        using var two = SKBitmap.Decode(BadgePngWriter.Default.Write(layout, 2));

        // Then the sizes follow the layout, and the sides show the brand colours with text drawn on them
        Assert.Equal((int)layout.Width, one.Width);
        Assert.Equal((int)layout.Height, one.Height);
        Assert.Equal(2 * (int)layout.Width, two.Width);
        Assert.Equal(2 * (int)layout.Height, two.Height);
        var midY = (int)layout.Height / 2;
        AssertNear(layout.LabelSide.Colors.Background, one.GetPixel(2, midY), style);
        AssertNear(layout.MessageSide.Colors.Background, one.GetPixel((int)layout.Width - 3, midY), style);
        Assert.True(CountNear(two, SKColors.White, layout.LabelSide) > 20, "no white label text drawn");
        Assert.True(CountNear(two, SKColors.Black, layout.MessageSide) > 20, "no black message text drawn");
    }

    [Fact]
    public void Should_give_byte_identical_pngs_for_the_same_badge()
    {
        // Given the same spec laid out twice
        var first = BadgePngWriter.Default.Write(BadgeLayout.Create(Spec("X staffed", "Mon–Fri 9–6 ET")), 2);
        var second = BadgePngWriter.Default.Write(BadgeLayout.Create(Spec("X staffed", "Mon–Fri 9–6 ET")), 2);

        // Then the bytes are equal
        Assert.Equal(first, second);
    }

    private static void AssertNear(SslaPublisher.Definition.RgbColor expected, SKColor actual, BadgeStyle style)
    {
        // The flat gradient shifts colours by up to 10 %.
        var tolerance = style == BadgeStyle.Flat ? 26 : 1;
        Assert.True(Math.Abs(expected.R - actual.Red) <= tolerance && Math.Abs(expected.G - actual.Green) <= tolerance && Math.Abs(expected.B - actual.Blue) <= tolerance,
            $"expected about {expected}, got {actual}");
    }

    private static int CountNear(SKBitmap bitmap, SKColor color, BadgeSide side)
    {
        var count = 0;
        for (var x = (int)(side.X * 2); x < (int)((side.X + side.Width) * 2); x++)
        for (var y = 0; y < bitmap.Height; y++)
        {
            var p = bitmap.GetPixel(x, y);
            if (Math.Abs(p.Red - color.Red) < 40 && Math.Abs(p.Green - color.Green) < 40 && Math.Abs(p.Blue - color.Blue) < 40) count++;
        }
        return count;
    }
}
