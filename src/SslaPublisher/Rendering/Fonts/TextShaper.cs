using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using HarfBuzzSharp;
using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// Shapes text with HarfBuzz (<see cref="FaceShaper"/>) after splitting it into bidi, script and font runs, so Arabic
/// joins, Devanagari conjuncts form, CJK and emoji come from faces that have them, and mixed right-to-left and
/// left-to-right text is laid out in visual order. The measuring API badges need as well.
/// </summary>
public sealed class TextShaper(FontLibrary fonts)
{
    /// <summary>A shaper over <see cref="FontLibrary.Default"/>.</summary>
    public static TextShaper Default => new(FontLibrary.Default);

    // Which face draws which characters depends on the characters alone, not on the size: a line breaker measuring
    // the same candidate line at every size a fitter tries splits it into font runs once. Kept per paragraph, and
    // dropped with it.
    private readonly ConditionalWeakTable<BidiParagraph, Dictionary<(int Start, int Length, FontWeight Weight), IReadOnlyList<FontRun>>> _runs = new();

    /// <summary>The fonts used.</summary>
    public FontLibrary Fonts { get; } = fonts;

    /// <summary>Shapes a whole paragraph as one line.</summary>
    public ShapedLine Shape(string text, FontWeight weight, float size) =>
        Shape(BidiParagraph.Resolve(text), 0, text.Length, weight, size);

    /// <summary>Advance width of <paramref name="text"/> in pixels at <paramref name="size"/>.</summary>
    public float MeasureWidth(string text, FontWeight weight, float size) => Shape(text, weight, size).Width;

    /// <summary>Shapes the line <c>[start, start+length)</c> of a resolved paragraph.</summary>
    public ShapedLine Shape(BidiParagraph paragraph, int start, int length, FontWeight weight, float size)
    {
        var runs = ImmutableArray.CreateBuilder<GlyphRun>();
        var x = 0f;
        var ink = SKRect.Empty;
        foreach (var run in RunsOf(paragraph, start, length, weight, remember: false))
        {
            using var font = CreateFont(run.Face, size);
            using var buffer = BufferOf(paragraph, run);
            var shaped = run.Face.Shaper.Shape(buffer, x, font);
            ink = Union(ink, InkOf(font, shaped.Glyphs, shaped.Points));
            runs.Add(new GlyphRun(run.Face, [.. shaped.Glyphs], [.. shaped.Points]));
            x += shaped.Width;
        }
        return new ShapedLine(size, runs.ToImmutable(), x, ink);
    }

    /// <summary>
    /// The advance width of the line <c>[start, start+length)</c>, as <see cref="Shape(BidiParagraph, int, int, FontWeight, float)"/>
    /// would give it, without collecting glyphs or their ink: what a line breaker needs to try many candidate lines.
    /// </summary>
    public float Advance(BidiParagraph paragraph, int start, int length, FontWeight weight, float size)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var x = 0f;
        foreach (var run in RunsOf(paragraph, start, length, weight))
        {
            using var font = CreateFont(run.Face, size);
            using var buffer = BufferOf(paragraph, run);
            x += run.Face.Shaper.Shape(buffer, x, font).Width;
        }
        return x;
    }

    // A run's text in its direction and its script run's script, as Chromium sets them; HarfBuzz guesses the rest
    // (the language, and the script of a class that has no one script).
    private static Buffer BufferOf(BidiParagraph paragraph, FontRun run)
    {
        var buffer = new Buffer();
        buffer.AddUtf16(paragraph.Text.AsSpan(run.Start, run.Length));
        buffer.Direction = run.IsRightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        if (ScriptClass.ToHarfBuzz(run.Script) is { } script) buffer.Script = script;
        buffer.GuessSegmentProperties();
        return buffer;
    }

    // The font runs of a line; measured lines (remember) keep them for the next size, shaping reuses them if there.
    private IReadOnlyList<FontRun> RunsOf(BidiParagraph paragraph, int start, int length, FontWeight weight, bool remember = true)
    {
        var key = (start, length, weight);
        if (!remember)
        {
            if (!_runs.TryGetValue(paragraph, out var known)) return TextRuns.Split(paragraph, start, length, Fonts, weight);
            lock (known)
                if (known.TryGetValue(key, out var found)) return found;
            return TextRuns.Split(paragraph, start, length, Fonts, weight);
        }
        var cache = _runs.GetValue(paragraph, _ => []);
        lock (cache)
            if (cache.TryGetValue(key, out var found)) return found;
        var runs = TextRuns.Split(paragraph, start, length, Fonts, weight);
        lock (cache) cache[key] = runs;
        return runs;
    }

    /// <summary>The font settings every renderer draws with: unhinted, subpixel positioned, antialiased.</summary>
    /// <remarks>No hinting keeps widths proportional to the size, so shrinking text to fit behaves smoothly.</remarks>
    public static SKFont CreateFont(LoadedFace face, float size) => new(face.Typeface, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        LinearMetrics = true,
    };

    private static SKRect InkOf(SKFont font, ushort[] glyphs, SKPoint[] positions)
    {
        if (glyphs.Length == 0) return SKRect.Empty;
        var bounds = new SKRect[glyphs.Length];
        font.GetGlyphWidths(glyphs, null, bounds);
        var ink = SKRect.Empty;
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (bounds[i].IsEmpty) continue;
            var b = bounds[i];
            b.Offset(positions[i]);
            ink = Union(ink, b);
        }
        return ink;
    }

    private static SKRect Union(SKRect a, SKRect b) => a.IsEmpty ? b : b.IsEmpty ? a : SKRect.Union(a, b);
}
