using SkiaSharp;
using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// The pattern fill: a diagonal gradient from the background towards a tint, and concentric rings whose centre lies
/// towards the end side (away from where lines start), placed by numbers drawn from the brand's slug.
/// </summary>
public static class PatternPainter
{
    /// <summary>Paints the pattern over the whole <paramref name="size"/>.</summary>
    public static void Paint(SKCanvas canvas, SKSizeI size, PatternLayout pattern, RgbColor background, BannerArt art, bool rightToLeft)
    {
        var (w, h) = ((float)size.Width, (float)size.Height);
        var tint = Mix(background, pattern.Tint.Resolve(art.Colors), pattern.TintAmount);
        var start = rightToLeft ? new SKPoint(w, 0) : new SKPoint(0, 0);
        var end = rightToLeft ? new SKPoint(0, h) : new SKPoint(w, h);
        using (var shader = SKShader.CreateLinearGradient(start, end, [ToSk(background), ToSk(tint)], SKShaderTileMode.Clamp))
        using (var paint = new SKPaint { Shader = shader, IsAntialias = true })
            canvas.DrawRect(0, 0, w, h, paint);

        if (pattern.Rings == 0 || pattern.Opacity <= 0) return;
        using var numbers = art.SeededNumbers().GetEnumerator();
        double Next() { numbers.MoveNext(); return numbers.Current; }
        var unit = Math.Min(w, h * 3);
        var cx = (float)(w * (0.82 + 0.12 * Next()));
        if (rightToLeft) cx = w - cx;
        var cy = (float)(h * (0.25 + 0.5 * Next()));
        var step = (float)(unit * (0.07 + 0.03 * Next()));
        var ringColor = pattern.Color.Resolve(art.Colors);
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = step * 0.12f };
        for (var k = 0; k < pattern.Rings; k++)
        {
            // Inner rings strongest, fading outwards, so the shape reads as one quiet motif rather than stripes.
            var alpha = pattern.Opacity * (1 - k / (double)(pattern.Rings + 1));
            ring.Color = ToSk(ringColor).WithAlpha((byte)Math.Round(255 * alpha));
            canvas.DrawCircle(cx, cy, step * (k + 1.2f), ring);
        }
        using var disc = new SKPaint { IsAntialias = true, Color = ToSk(ringColor).WithAlpha((byte)Math.Round(255 * pattern.Opacity)) };
        canvas.DrawCircle(cx, cy, step * 0.55f, disc);
    }

    /// <summary><paramref name="a"/> moved towards <paramref name="b"/> by <paramref name="amount"/> (0–1), channel by channel.</summary>
    public static RgbColor Mix(RgbColor a, RgbColor b, double amount) => new(
        (byte)Math.Round(a.R + (b.R - a.R) * amount), (byte)Math.Round(a.G + (b.G - a.G) * amount), (byte)Math.Round(a.B + (b.B - a.B) * amount));

    private static SKColor ToSk(RgbColor color) => new(color.R, color.G, color.B);
}
