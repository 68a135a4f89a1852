using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Draws a <see cref="BadgeLayout"/> as PNG with SkiaSharp: the same boxes, gradient, shadow and text as the SVG,
/// with the same font, at 1× or 2× (for high-density screens).
/// </summary>
/// <remarks>
/// Text is shaped by <see cref="BadgeTypesetter"/> and stretched to its pinned width the way SVG's
/// <c>textLength</c> does (extra space shared between the characters), so both files show the same badge. Drawing is
/// on the CPU, unhinted, and PNG encoding writes no time, so equal input gives equal bytes.
/// </remarks>
public sealed class BadgePngWriter(BadgeTypesetter typesetter)
{
    /// <summary>A writer over the bundled font.</summary>
    public static BadgePngWriter Default => Shared.Value;

    private static readonly Lazy<BadgePngWriter> Shared = new(() => new BadgePngWriter(BadgeTypesetter.Default));

    /// <summary>The PNG of <paramref name="layout"/> at <paramref name="scale"/> (1 or 2, or more).</summary>
    public byte[] Write(BadgeLayout layout, int scale = 1)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var info = new SKImageInfo((int)Math.Round(layout.Width * scale), (int)Math.Round(layout.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("SkiaSharp could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale(scale);
        var bounds = new SKRect(0, 0, (float)layout.Width, (float)layout.Height);
        if (layout.CornerRadius > 0) canvas.ClipRoundRect(new SKRoundRect(bounds, (float)layout.CornerRadius), antialias: true);

        foreach (var side in Sides(layout))
        {
            using var fill = new SKPaint { Color = ToSk(side.Colors.Background), IsAntialias = false };
            canvas.DrawRect(new SKRect((float)side.X, 0, (float)(side.X + side.Width), (float)layout.Height), fill);
        }
        if (layout.HasGloss)
        {
            using var gloss = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, (float)layout.Height),
                    [new SKColor(0xbb, 0xbb, 0xbb, 26), new SKColor(0, 0, 0, 26)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(bounds, gloss);
        }
        foreach (var side in Sides(layout))
        {
            if (layout.HasGloss) DrawText(canvas, side, dy: 1, ToSk(side.Colors.Shadow).WithAlpha(77));
            DrawText(canvas, side, dy: 0, ToSk(side.Colors.Text));
        }

        using var pixels = surface.PeekPixels();
        return PngFormat.Encode(pixels) ?? throw new InvalidOperationException("SkiaSharp could not encode a badge PNG.");
    }

    private static IEnumerable<BadgeSide> Sides(BadgeLayout layout) =>
        layout.LabelSide.Text.Length == 0 ? [layout.MessageSide] : [layout.LabelSide, layout.MessageSide];

    private void DrawText(SKCanvas canvas, BadgeSide side, float dy, SKColor color)
    {
        var shaped = typesetter.Shape(side.Text, side.Bold, (float)side.FontSize);
        var slots = SpacingSlots(shaped);
        if (slots.Count == 0) return;
        // textLength semantics: the difference between the pinned and the natural width is shared between the
        // characters, each keeping its marks; a single character is centred instead.
        var extra = slots.Count > 1 ? (float)(side.TextLength - shaped.Width) / (slots.Count - 1) : 0;
        var left = (float)side.TextLeft + (slots.Count > 1 ? 0 : (float)(side.TextLength - shaped.Width) / 2);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        foreach (var run in shaped.Runs)
        {
            if (run.Glyphs.IsEmpty) continue;
            var positions = run.Positions.Select(p => new SKPoint(left + p.X + slots[p.X] * extra, (float)side.Baseline + dy + p.Y)).ToArray();
            using var font = TextShaper.CreateFont(run.Face, (float)side.FontSize);
            using var builder = new SKTextBlobBuilder();
            var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
            buffer.SetGlyphs(run.Glyphs.AsSpan());
            buffer.SetPositions(positions);
            using var blob = builder.Build();
            if (blob is not null) canvas.DrawText(blob, 0, 0, paint);
        }
    }

    // The spacing slot of each glyph origin, in visual order: glyphs less than half a pixel right of the slot's first
    // glyph (combining marks, parts of one cluster) share its slot.
    private static Dictionary<float, int> SpacingSlots(ShapedLine line)
    {
        var slots = new Dictionary<float, int>();
        var slot = -1;
        var slotX = float.NegativeInfinity;
        foreach (var x in line.Runs.SelectMany(r => r.Positions).Select(p => p.X).Order())
        {
            if (x - slotX >= 0.5f)
            {
                slot++;
                slotX = x;
            }
            slots[x] = slot;
        }
        return slots;
    }

    private static SKColor ToSk(RgbColor color) => new(color.R, color.G, color.B);
}
