using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// Draws one banner: the fill (colour, brand image or pattern), the side panel, a veil wherever the text would
/// contrast less than 4.5:1, the accent stripe, the logo and the fitted text, all text inside the platform's safe
/// area. A right-to-left headline mirrors the whole layout: panel, logo side, alignment, pattern and stripe.
/// </summary>
public sealed class BannerPainter(TextShaper shaper)
{
    // Anti-aliased edges may touch the pixel next to a glyph's bounds; keep that pixel inside the safe area too.
    private const float EdgeMargin = 2;

    /// <summary>The shaper used for text.</summary>
    public TextShaper Shaper { get; } = shaper;

    /// <summary>Draws <paramref name="layout"/> filled with <paramref name="model"/> on <paramref name="bitmap"/> (the size of <paramref name="spec"/>).</summary>
    /// <returns>The fitted text (for tests and diagnostics).</returns>
    public FittedText Paint(SKBitmap bitmap, BannerSpec spec, BannerLayout layout, BannerModel model, BannerArt art, string what,
        BannerLayers layers = BannerLayers.All)
    {
        var colors = art.Colors;
        var background = layout.Background.Resolve(colors);
        var veil = layout.Scrim.Color.Resolve(colors);
        // Text colours are chosen against the colour text may end up on: the veil's (the background's by default).
        var blocks = BannerText.Fill(layout, model)
            .Select(b => new TextBlock(b.Block, b.Text, ContrastGuard.TextColor(b.Block.Color.Resolve(colors), veil, colors)))
            .ToList();
        var rtl = blocks.Count > 0 && BidiParagraph.Resolve(blocks[0].Text).IsRightToLeft;
        var geometry = BannerGeometry.Compute(spec, layout, art.Logo, art.Image is not null, rtl, EdgeMargin);
        var fitted = TextFitter.Fit(blocks, geometry.TextBox, geometry.Safe.Height, layout.Text, Shaper, what, model.Language);

        using var canvas = new SKCanvas(bitmap);
        if (layers.HasFlag(BannerLayers.Background))
        {
            PaintFill(canvas, spec, layout, art, background, geometry, rtl, fitted);
            canvas.Flush();
            PaintVeil(canvas, bitmap, spec, layout, veil, fitted, geometry, rtl);
            PaintStripe(canvas, spec, layout, colors, rtl);
        }
        if (layers.HasFlag(BannerLayers.Logo) && art.Logo is not null && !geometry.LogoRect.IsEmpty)
            DrawLogo(canvas, art.Logo, geometry.LogoRect);
        if (layers.HasFlag(BannerLayers.Text))
        {
            foreach (var line in fitted.Lines)
            {
                using var paint = new SKPaint { Color = ToSk(line.Color), IsAntialias = true };
                line.Line.Draw(canvas, line.X, line.Baseline, paint);
            }
        }
        canvas.Flush();
        return fitted;
    }

    private static void PaintFill(SKCanvas canvas, BannerSpec spec, BannerLayout layout, BannerArt art, RgbColor background,
        BannerGeometry geometry, bool rtl, FittedText fitted)
    {
        canvas.Clear(ToSk(background));
        var full = SKRect.Create(spec.Width, spec.Height);
        if (layout.Fill == BackgroundFill.Photo && art.Image is not null)
            ImageCrop.DrawCover(canvas, art.Image, full, art.FocalX, art.FocalY);
        else if (layout.Fill == BackgroundFill.Pattern)
        {
            var margin = 0.04f * geometry.Safe.Height;
            var textEnd = fitted.Lines.Count == 0 ? (float?)null
                : rtl ? fitted.InkBounds.Left - margin : fitted.InkBounds.Right + margin;
            PatternPainter.Paint(canvas, new SKSizeI(spec.Width, spec.Height), layout.Pattern, background, art, rtl, textEnd);
        }
        if (layout.Panel is { } panel && !geometry.PanelRect.IsEmpty)
        {
            using var paint = new SKPaint { Color = ToSk(panel.Color.Resolve(art.Colors)), IsAntialias = false };
            canvas.DrawRect(geometry.PanelRect, paint);
            if (panel.ShowImage && art.Image is not null)
                ImageCrop.DrawCover(canvas, art.Image, geometry.PanelRect, art.FocalX, art.FocalY);
        }
    }

    // The veil runs from the text's own edge of the free area (the image edge, or the panel's) to just past the text,
    // then fades out; it is as opaque as the least readable pixel under any line needs, and no more.
    private static void PaintVeil(SKCanvas canvas, SKBitmap bitmap, BannerSpec spec, BannerLayout layout, RgbColor veil,
        FittedText fitted, BannerGeometry geometry, bool rtl)
    {
        var areas = fitted.Lines
            .Select(l =>
            {
                var ink = l.Line.InkBounds;
                ink.Offset(l.X, l.Baseline);
                return (Box: SKRectI.Round(SKRect.Inflate(ink, EdgeMargin + 1, EdgeMargin + 1)), Text: l.Color);
            })
            .Where(a => !a.Box.IsEmpty)
            .ToList();
        var floor = (byte)Math.Round(255 * layout.Scrim.MinOpacity);
        if (areas.Count == 0 || (layout.Fill == BackgroundFill.Solid && layout.Panel is null && floor == 0)) return;
        var alpha = ScrimSolver.MinimumAlpha(bitmap, areas, veil, floor);
        if (alpha == 0) return;

        var free = geometry.FreeArea;
        var fade = (float)(layout.Scrim.Fade * spec.Width);
        var ink = fitted.InkBounds;
        var solidEnd = rtl ? ink.Left - EdgeMargin - 1 : ink.Right + EdgeMargin + 1;
        var from = rtl ? free.Right : free.Left;
        var to = rtl ? Math.Max(free.Left, solidEnd - fade) : Math.Min(free.Right, solidEnd + fade);
        var color = ToSk(veil);
        var full = color.WithAlpha(alpha);
        var clear = color.WithAlpha(0);
        var solidAt = Math.Clamp(Math.Abs(solidEnd - from) / Math.Max(1, Math.Abs(to - from)), 0, 1);
        using var shader = SKShader.CreateLinearGradient(new SKPoint(from, 0), new SKPoint(to, 0), [full, full, clear],
            [0, solidAt, 1], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader, IsAntialias = false };
        canvas.DrawRect(new SKRect(Math.Min(from, to), 0, Math.Max(from, to), spec.Height), paint);
    }

    private static void PaintStripe(SKCanvas canvas, BannerSpec spec, BannerLayout layout, BrandColors colors, bool rtl)
    {
        var stripeHeight = (float)(layout.Stripe.Height * spec.Height);
        var stripeTop = Math.Max(spec.Height - stripeHeight, spec.SafeArea.Bottom);
        if (stripeHeight <= 0 || stripeTop >= spec.Height) return;
        var length = (float)(layout.Stripe.Length * spec.Width);
        var rect = rtl ? new SKRect(spec.Width - length, stripeTop, spec.Width, spec.Height) : new SKRect(0, stripeTop, length, spec.Height);
        using var paint = new SKPaint { Color = ToSk(layout.Stripe.Color.Resolve(colors)), IsAntialias = false };
        canvas.DrawRect(rect, paint);
    }

    // The logo keeps its aspect ratio, centred in its square.
    private static void DrawLogo(SKCanvas canvas, SKImage logo, SKRect square)
    {
        var scale = Math.Min(square.Width / logo.Width, square.Height / logo.Height);
        var (w, h) = (logo.Width * scale, logo.Height * scale);
        var dest = SKRect.Create(square.MidX - w / 2, square.MidY - h / 2, w, h);
        using var paint = new SKPaint { IsAntialias = true };
        // Bilinear with mipmaps: smooth when scaled either way, and cheaper than cubic resampling.
        canvas.DrawImage(logo, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    private static SKColor ToSk(RgbColor color) => new(color.R, color.G, color.B);
}
