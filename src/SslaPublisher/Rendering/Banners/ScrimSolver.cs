using SkiaSharp;
using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// Finds how opaque a veil over a busy background must be for text to keep 4.5:1 contrast at every pixel it covers.
/// </summary>
/// <remarks>
/// The check is exact, not sampled: every pixel of every line's ink box, blended with the veil as Skia blends
/// (sRGB, 8-bit opacity), must reach the ratio against the line's colour. Opacity is searched by bisection; at full
/// opacity the text sits on the veil's own colour, which <see cref="ContrastGuard"/> already made readable.
/// </remarks>
public static class ScrimSolver
{
    // WCAG's ratio plus a hair, so 8-bit rounding of the blend never lands just under it.
    private const double Target = ContrastGuard.MinimumRatio + 0.05;

    private static readonly double[] Linear = [.. Enumerable.Range(0, 256).Select(v =>
    {
        var c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    })];

    /// <summary>The least opacity (0–255, at least <paramref name="floor"/>) that keeps every area readable.</summary>
    public static byte MinimumAlpha(SKBitmap pixels, IReadOnlyList<(SKRectI Box, RgbColor Text)> areas, RgbColor veil, byte floor)
    {
        if (Passes(pixels, areas, veil, floor)) return floor;
        int fails = floor, passes = 255;
        while (passes - fails > 1)
        {
            var mid = (fails + passes) / 2;
            if (Passes(pixels, areas, veil, (byte)mid)) passes = mid;
            else fails = mid;
        }
        return (byte)passes;
    }

    /// <summary>True when every pixel of every area, under the veil at <paramref name="alpha"/>, contrasts enough with its text.</summary>
    public static bool Passes(SKBitmap pixels, IReadOnlyList<(SKRectI Box, RgbColor Text)> areas, RgbColor veil, byte alpha)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(areas);
        // Each channel's weighted linear value under the veil, for every byte value: the blend and the table lookups
        // are done 3 x 256 times per opacity tried instead of three times per pixel (the same doubles, added in the
        // same order, so the verdict is the same).
        Span<double> red = stackalloc double[256], green = stackalloc double[256], blue = stackalloc double[256];
        for (var v = 0; v < 256; v++)
        {
            red[v] = 0.2126 * Linear[Blend((byte)v, veil.R, alpha)];
            green[v] = 0.7152 * Linear[Blend((byte)v, veil.G, alpha)];
            blue[v] = 0.0722 * Linear[Blend((byte)v, veil.B, alpha)];
        }
        var span = pixels.GetPixelSpan();
        var bytesPerPixel = pixels.BytesPerPixel;
        foreach (var (box, text) in areas)
        {
            var textLuminance = text.RelativeLuminance;
            var (left, right) = (Math.Max(box.Left, 0), Math.Min(box.Right, pixels.Width));
            for (var y = Math.Max(box.Top, 0); y < Math.Min(box.Bottom, pixels.Height); y++)
            {
                var row = span.Slice(y * pixels.RowBytes);
                for (var x = left; x < right; x++)
                {
                    var i = x * bytesPerPixel;
                    var luminance = red[row[i]] + green[row[i + 1]] + blue[row[i + 2]];
                    var ratio = (Math.Max(luminance, textLuminance) + 0.05) / (Math.Min(luminance, textLuminance) + 0.05);
                    if (ratio < Target) return false;
                }
            }
        }
        return true;
    }

    private static int Blend(byte under, byte over, byte alpha) => (under * (255 - alpha) + over * alpha + 127) / 255;
}
