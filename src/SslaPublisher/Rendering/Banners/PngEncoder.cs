using SkiaSharp;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Encodes a finished banner once, as an opaque PNG, and checks it against the platform's upload limit.</summary>
public static class PngEncoder
{
    /// <summary>The PNG bytes of <paramref name="pixels"/>.</summary>
    /// <exception cref="BannerException">The file is larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] Encode(SKPixmap pixels, long maxBytes, string what)
    {
        // The settings every image shares, chosen with figures: see PngFormat.
        var bytes = PngFormat.Encode(pixels) ?? throw new BannerException($"{what}: PNG encoding failed");
        if (bytes.LongLength > maxBytes)
            throw new BannerException(
                $"{what}: the PNG is {bytes.LongLength:N0} bytes, over the platform's limit of {maxBytes:N0} bytes; use a simpler logo or layout");
        return bytes;
    }
}
