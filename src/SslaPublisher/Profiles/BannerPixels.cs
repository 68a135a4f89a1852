using SkiaSharp;

namespace SslaPublisher.Profiles;

/// <summary>
/// Whether a live banner shows the same picture as ours. Mastodon re-encodes (and may scale) every header it
/// receives, so bytes never match; pictures are compared instead: ours scaled to the live size, the mean difference
/// of the colour channels at most 4 of 255 (re-encoding moves a few levels; a changed text or colour moves far more).
/// </summary>
public static class BannerPixels
{
    private const double Tolerance = 4.0;

    /// <summary>True when <paramref name="live"/> decodes to the picture of <paramref name="ours"/>; false when it does not decode.</summary>
    public static bool Same(ReadOnlySpan<byte> live, ReadOnlySpan<byte> ours)
    {
        using var a = SKBitmap.Decode(live);
        using var b = SKBitmap.Decode(ours);
        if (a is null || b is null) return false;
        // Different shapes are different banners; equal shapes at different sizes are compared at the live size.
        if (Math.Abs((double)a.Width / a.Height - (double)b.Width / b.Height) > 0.02) return false;
        using var scaled = b.Width == a.Width && b.Height == a.Height ? null : b.Resize(new SKImageInfo(a.Width, a.Height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        var other = scaled ?? b;
        double sum = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = other.GetPixel(x, y);
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
            }
        }
        return sum / (3.0 * a.Width * a.Height) <= Tolerance;
    }
}
