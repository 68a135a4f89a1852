using SkiaSharp;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Draws an image to cover a rectangle, cropped around a focal point.</summary>
public static class ImageCrop
{
    /// <summary>
    /// Scales <paramref name="image"/> to cover <paramref name="dest"/> exactly and crops what sticks out, keeping the
    /// focal point (<paramref name="focalX"/>, <paramref name="focalY"/>, fractions of the image) as near the middle
    /// of <paramref name="dest"/> as the image's edges allow; so each platform's shape shows the subject.
    /// </summary>
    public static void DrawCover(SKCanvas canvas, SKImage image, SKRect dest, double focalX, double focalY)
    {
        var scale = Math.Max(dest.Width / image.Width, dest.Height / image.Height);
        var (w, h) = (dest.Width / scale, dest.Height / scale);
        var x = Math.Clamp((float)(focalX * image.Width) - w / 2, 0, image.Width - w);
        var y = Math.Clamp((float)(focalY * image.Height) - h / 2, 0, image.Height - h);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, SKRect.Create(x, y, w, h), dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }
}
