using SslaPublisher.Inputs;
using System.Collections.Concurrent;
using SkiaSharp;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Decodes each logo file once per renderer; every banner of a brand reuses the decoded image.</summary>
public sealed class LogoCache : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SKImage>> _images = new(StringComparer.Ordinal);

    /// <summary>The decoded logo at <paramref name="path"/> (read through <paramref name="files"/>), or null when the brand has none.</summary>
    /// <exception cref="BannerException">The file is not an image Skia can decode.</exception>
    public SKImage? Get(string? path, IInputFiles? files = null)
    {
        if (path is null) return null;
        return _images.GetOrAdd(path, p => new Lazy<SKImage>(() => Decode(p, files ?? DiskFiles.Instance))).Value;
    }

    private static SKImage Decode(string path, IInputFiles files)
    {
        using var data = SKData.CreateCopy(files.ReadAllBytes(path));
        using var encoded = SKImage.FromEncodedData(data)
            ?? throw new BannerException($"brand.logo: {path} is not a PNG, JPEG or WebP image that can be decoded");
        // Decoded once, into the banners' own pixel format (RGBA, premultiplied): drawing it then needs no decode and
        // no per-pixel conversion, which measured about twice as fast as drawing the decoder's BGRA image.
        using var bitmap = new SKBitmap(new SKImageInfo(encoded.Width, encoded.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (!encoded.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0))
            throw new BannerException($"brand.logo: {path} could not be decoded");
        bitmap.SetImmutable();
        return SKImage.FromPixelCopy(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes)
            ?? throw new BannerException($"brand.logo: {path} could not be decoded");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var image in _images.Values.Where(l => l.IsValueCreated)) image.Value.Dispose();
        _images.Clear();
    }
}
