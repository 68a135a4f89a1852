using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Draws one banner: background, accent stripe, logo and fitted text, all of it inside the platform's safe area.</summary>
public sealed class BannerPainter(TextShaper shaper)
{
    // Anti-aliased edges may touch the pixel next to a glyph's bounds; keep that pixel inside the safe area too.
    private const float EdgeMargin = 2;

    /// <summary>The shaper used for text.</summary>
    public TextShaper Shaper { get; } = shaper;

    /// <summary>Draws <paramref name="layout"/> filled with <paramref name="model"/> at the size of <paramref name="spec"/>.</summary>
    /// <param name="canvas">A canvas of <paramref name="spec"/>'s size.</param>
    /// <param name="spec">Size and safe area.</param>
    /// <param name="layout">The layout.</param>
    /// <param name="model">The words.</param>
    /// <param name="colors">The brand's colours.</param>
    /// <param name="logo">The decoded logo, or null.</param>
    /// <param name="what">Names the banner in errors.</param>
    /// <param name="layers">Which parts to draw.</param>
    /// <returns>The fitted text (for tests and diagnostics).</returns>
    public FittedText Paint(SKCanvas canvas, BannerSpec spec, BannerLayout layout, BannerModel model, BrandColors colors,
        SKImage? logo, string what, BannerLayers layers = BannerLayers.All)
    {
        var background = layout.Background.Resolve(colors);
        var safe = new SKRect(spec.SafeArea.X, spec.SafeArea.Y, spec.SafeArea.Right, spec.SafeArea.Bottom);
        var inner = SKRect.Inflate(safe, -EdgeMargin, -EdgeMargin);

        var blocks = BannerText.Fill(layout, model)
            .Select(b => new TextBlock(b.Block, b.Text, ContrastGuard.TextColor(b.Block.Color.Resolve(colors), background, colors)))
            .ToList();
        var rtl = blocks.Count > 0 && BidiParagraph.Resolve(blocks[0].Text).IsRightToLeft;

        var logoRect = SKRect.Empty;
        var textBox = inner;
        if (logo is not null && layout.Logo.Size > 0)
        {
            var side = (float)Math.Min(layout.Logo.Size * safe.Height, layout.Logo.MaxWidth * safe.Width);
            var top = safe.MidY - side / 2;
            var gap = (float)(layout.Logo.Gap * safe.Width);
            logoRect = rtl ? SKRect.Create(safe.Right - side, top, side, side) : SKRect.Create(safe.Left, top, side, side);
            textBox = rtl
                ? new SKRect(inner.Left, inner.Top, logoRect.Left - gap, inner.Bottom)
                : new SKRect(logoRect.Right + gap, inner.Top, inner.Right, inner.Bottom);
        }

        var fitted = TextFitter.Fit(blocks, textBox, safe.Height, layout.Text, Shaper, what);

        if (layers.HasFlag(BannerLayers.Background))
        {
            canvas.Clear(ToSk(background));
            var stripeHeight = (float)(layout.Stripe.Height * spec.Height);
            var stripeTop = Math.Max(spec.Height - stripeHeight, spec.SafeArea.Bottom);
            if (stripeHeight > 0 && stripeTop < spec.Height)
            {
                using var stripePaint = new SKPaint { Color = ToSk(layout.Stripe.Color.Resolve(colors)), IsAntialias = false };
                canvas.DrawRect(new SKRect(0, stripeTop, spec.Width, spec.Height), stripePaint);
            }
        }
        if (layers.HasFlag(BannerLayers.Logo) && logo is not null && !logoRect.IsEmpty)
            DrawLogo(canvas, logo, logoRect);
        if (layers.HasFlag(BannerLayers.Text))
        {
            foreach (var line in fitted.Lines)
            {
                using var paint = new SKPaint { Color = ToSk(line.Color), IsAntialias = true };
                line.Line.Draw(canvas, line.X, line.Baseline, paint);
            }
        }
        return fitted;
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
