using System.Collections.Immutable;
using SkiaSharp;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>One run of positioned glyphs in one face.</summary>
/// <param name="Face">The face the glyph ids belong to.</param>
/// <param name="Glyphs">Glyph ids, in visual order.</param>
/// <param name="Positions">Glyph origins relative to the line's origin (left end of the baseline).</param>
public sealed record GlyphRun(LoadedFace Face, ImmutableArray<ushort> Glyphs, ImmutableArray<SKPoint> Positions);

/// <summary>A shaped line of text at one size: glyph runs left to right, its advance width and its ink bounds.</summary>
/// <param name="Size">Font size in pixels.</param>
/// <param name="Runs">Glyph runs in visual order.</param>
/// <param name="Width">Advance width: where the next line of text would start.</param>
/// <param name="InkBounds">The union of the glyphs' drawn bounds, relative to the line's origin.</param>
public sealed record ShapedLine(float Size, ImmutableArray<GlyphRun> Runs, float Width, SKRect InkBounds)
{
    /// <summary>Draws the line with its baseline starting at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Draw(SKCanvas canvas, float x, float y, SKPaint paint)
    {
        foreach (var run in Runs)
        {
            if (run.Glyphs.IsEmpty) continue;
            using var font = TextShaper.CreateFont(run.Face, Size);
            using var builder = new SKTextBlobBuilder();
            var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
            buffer.SetGlyphs(run.Glyphs.AsSpan());
            buffer.SetPositions(run.Positions.AsSpan());
            using var blob = builder.Build();
            if (blob is not null) canvas.DrawText(blob, x, y, paint);
        }
    }
}
