using SkiaSharp;
using SslaPublisher.Input;

namespace SslaPublisher.Definition;

/// <summary>
/// Checks a logo before anything publishes or draws it: a regular file within the size limit, a PNG, JPEG or
/// WebP whose header states at most <see cref="InputLimits.LogoSide"/> pixels a side (read before any pixel is
/// decoded, so a small file claiming 60000×60000 costs nothing), and an image that then decodes whole (a
/// truncated PNG is refused rather than published truncated).
/// </summary>
internal static class LogoCheck
{
    /// <summary>Null when the logo is usable, else what is wrong with it.</summary>
    public static string? Problem(string realPath)
    {
        try
        {
            using var stream = InputFile.OpenRead(realPath, InputLimits.LogoBytes, "a logo");
            using var codec = SKCodec.Create(stream, out var opened);
            if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Webp))
                return $"is not a readable PNG, JPEG or WebP image ({opened})";
            var (width, height) = (codec.Info.Width, codec.Info.Height);
            if (width > InputLimits.LogoSide || height > InputLimits.LogoSide)
                return $"is {width}×{height} pixels; a logo may be at most {InputLimits.LogoSide}×{InputLimits.LogoSide} (scale it down)";
            // A JPEG is decoded at an eighth of its size (libjpeg-turbo's DCT scaling): every byte of the file is still
            // read and entropy-decoded, so a truncated file fails the same way, but a 2400×1200 photo is checked in
            // ~2 ms instead of ~50 ms (docs/BENCHMARKS.md, "Cold start"). Other formats decode at full size.
            if (codec.EncodedFormat == SKEncodedImageFormat.Jpeg)
                (width, height) = codec.GetScaledDimensions(1f / 8) is var scaled && scaled.Width > 0 && scaled.Height > 0
                    ? (scaled.Width, scaled.Height)
                    : (width, height);
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            var decoded = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
            return decoded == SKCodecResult.Success
                ? null
                : $"does not decode whole ({decoded}): the file is truncated or damaged; export the image again";
        }
        catch (InputFileException e)
        {
            return e.Reason;
        }
    }
}
