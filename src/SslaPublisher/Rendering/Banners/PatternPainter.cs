using SkiaSharp;
using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// The pattern fill: a diagonal gradient from the background towards a tint, and concentric rings whose centre lies
/// towards the end side (away from where lines start), placed by numbers drawn from the brand's slug.
/// </summary>
public static class PatternPainter
{
    /// <summary>Paints the pattern over the whole <paramref name="size"/>; the rings only past <paramref name="textEnd"/>.</summary>
    /// <param name="canvas">Where to paint.</param>
    /// <param name="size">The banner's size.</param>
    /// <param name="pattern">The layout's pattern settings.</param>
    /// <param name="background">The background colour the gradient starts from.</param>
    /// <param name="art">The brand's colours and the seed of its pattern.</param>
    /// <param name="rightToLeft">Whether the layout is mirrored.</param>
    /// <param name="textEnd">The x where the text column ends (its right edge; its left when mirrored), or null for none.</param>
    public static void Paint(SKCanvas canvas, SKSizeI size, PatternLayout pattern, RgbColor background, BannerArt art, bool rightToLeft,
        float? textEnd = null)
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
        // The rings stay clear of the text: under it a veil would have to dim them into grey, and lines through
        // letters make them harder to read.
        canvas.Save();
        if (textEnd is { } edge) canvas.ClipRect(rightToLeft ? new SKRect(0, 0, edge, h) : new SKRect(edge, 0, w, h));
        using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1.5f, step * 0.045f) };
        for (var k = 0; k < pattern.Rings; k++)
        {
            // Inner rings strongest, fading outwards to half, so the shape reads as one quiet motif rather than
            // stripes; thin lines keep the colour itself visible where a wide faint band would blend into grey.
            var alpha = pattern.Opacity * (1 - 0.5 * k / pattern.Rings);
            ring.Color = ToSk(ringColor).WithAlpha((byte)Math.Round(255 * alpha));
            canvas.DrawCircle(cx, cy, step * (k + 1.2f), ring);
        }
        using var disc = new SKPaint { IsAntialias = true, Color = ToSk(ringColor).WithAlpha((byte)Math.Round(255 * pattern.Opacity)) };
        canvas.DrawCircle(cx, cy, step * 0.35f, disc);
        canvas.Restore();
    }

    /// <summary><paramref name="a"/> moved towards <paramref name="b"/> by <paramref name="amount"/> (0–1), channel by channel.</summary>
    public static RgbColor Mix(RgbColor a, RgbColor b, double amount) => new(
        (byte)Math.Round(a.R + (b.R - a.R) * amount), (byte)Math.Round(a.G + (b.G - a.G) * amount), (byte)Math.Round(a.B + (b.B - a.B) * amount));

    private static SKColor ToSk(RgbColor color) => new(color.R, color.G, color.B);
}
