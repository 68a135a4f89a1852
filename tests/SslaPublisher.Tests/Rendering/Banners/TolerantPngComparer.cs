using SkiaSharp;

namespace SslaPublisher.Tests.Rendering.Banners;

/// <summary>
/// Compares two images the way ImageSharp's tolerant comparer does: a pixel differs when any channel differs by more
/// than <see cref="ChannelTolerance"/>; the images match when the share of differing pixels is at most the allowed
/// percentage. Anti-aliasing may shift by a level between Skia builds or CPUs; a layout change moves whole glyphs.
/// </summary>
public static class TolerantPngComparer
{
    public const int ChannelTolerance = 8;

    public sealed record Result(bool SameSize, double DifferentPercent, int DifferentPixels)
    {
        public bool Within(double percent) => SameSize && DifferentPercent <= percent;

        public override string ToString() => SameSize ? $"{DifferentPixels} pixels ({DifferentPercent:0.###}%) differ" : "sizes differ";
    }

    public static Result Compare(SKBitmap expected, SKBitmap actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height) return new Result(false, 100, -1);
        using var e = Normalize(expected);
        using var a = Normalize(actual);
        var ep = e.GetPixelSpan();
        var ap = a.GetPixelSpan();
        var differing = 0;
        for (var i = 0; i < ep.Length; i += 4)
        {
            for (var c = 0; c < 4; c++)
            {
                if (Math.Abs(ep[i + c] - ap[i + c]) > ChannelTolerance)
                {
                    differing++;
                    break;
                }
            }
        }
        var total = expected.Width * expected.Height;
        return new Result(true, 100.0 * differing / total, differing);
    }

    public static Result Compare(byte[] expectedPng, byte[] actualPng)
    {
        using var e = SKBitmap.Decode(expectedPng);
        using var a = SKBitmap.Decode(actualPng);
        return Compare(e, a);
    }

    private static SKBitmap Normalize(SKBitmap bitmap)
    {
        var copy = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.CopyTo(copy, SKColorType.Rgba8888);
        using var canvas = new SKCanvas(copy);
        canvas.Clear(SKColors.Transparent);
        canvas.DrawBitmap(bitmap, 0, 0);
        return copy;
    }
}
