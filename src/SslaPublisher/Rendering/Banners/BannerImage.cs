using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Renders one banner to pixels and to PNG bytes.</summary>
public static class BannerImage
{
    /// <summary>Draws the banner on a fresh canvas: opaque for the real image, transparent when the background is left out.</summary>
    public static SKBitmap Draw(BannerPainter painter, BannerSpec spec, BannerLayout layout, BannerModel model, BannerArt art,
        string what, BannerLayers layers = BannerLayers.All)
    {
        var background = layers.HasFlag(BannerLayers.Background);
        var bitmap = new SKBitmap(new SKImageInfo(spec.Width, spec.Height, SKColorType.Rgba8888, background ? SKAlphaType.Opaque : SKAlphaType.Premul));
        // The background layer starts by clearing every pixel to the background colour; only a transparent drawing
        // needs the new (uninitialised) pixels cleared first. Clearing them twice cost ~1 ms a banner.
        if (!background) bitmap.Erase(SKColors.Transparent);
        painter.Paint(bitmap, spec, layout, model, art, what, layers);
        return bitmap;
    }

    /// <summary>Draws a banner with colours and a logo only (no brand image).</summary>
    public static SKBitmap Draw(BannerPainter painter, BannerSpec spec, BannerLayout layout, BannerModel model, BrandColors colors,
        SKImage? logo, string what, BannerLayers layers = BannerLayers.All) =>
        Draw(painter, spec, layout, model, new BannerArt(colors, logo), what, layers);

    /// <summary>The banner as PNG bytes, checked against the spec's size limit.</summary>
    public static byte[] RenderPng(BannerPainter painter, BannerSpec spec, BannerLayout layout, BannerModel model, BannerArt art, string what)
    {
        using var bitmap = Draw(painter, spec, layout, model, art, what);
        using var pixmap = bitmap.PeekPixels();
        return PngEncoder.Encode(pixmap, spec.MaxBytes, what);
    }

    /// <summary>The banner as PNG bytes, with colours and a logo only (no brand image).</summary>
    public static byte[] RenderPng(BannerPainter painter, BannerSpec spec, BannerLayout layout, BannerModel model, BrandColors colors,
        SKImage? logo, string what) =>
        RenderPng(painter, spec, layout, model, new BannerArt(colors, logo), what);
}
