using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Renders one banner to pixels and to PNG bytes.</summary>
public static class BannerImage
{
    /// <summary>Draws the banner on a fresh canvas: opaque for the real image, transparent when the background is left out.</summary>
    public static SKBitmap Draw(BannerPainter painter, BannerSpec spec, BannerLayout layout, BannerModel model, BrandColors colors,
        SKImage? logo, string what, BannerLayers layers = BannerLayers.All)
    {
        var alpha = layers.HasFlag(BannerLayers.Background) ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var bitmap = new SKBitmap(new SKImageInfo(spec.Width, spec.Height, SKColorType.Rgba8888, alpha));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        painter.Paint(canvas, spec, layout, model, colors, logo, what, layers);
        canvas.Flush();
        return bitmap;
    }

    /// <summary>The banner as PNG bytes, checked against the spec's size limit.</summary>
    public static byte[] RenderPng(BannerPainter painter, BannerSpec spec, BannerLayout layout, BannerModel model, BrandColors colors,
        SKImage? logo, string what)
    {
        using var bitmap = Draw(painter, spec, layout, model, colors, logo, what);
        using var pixmap = bitmap.PeekPixels();
        return PngEncoder.Encode(pixmap, spec.MaxBytes, what);
    }
}
