using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace SslaPublisher.Rendering.Badges;

/// <summary>Badge text shaped into glyphs: what both the measurement and the PNG drawing use.</summary>
/// <param name="Typeface">The face the glyphs belong to.</param>
/// <param name="Glyphs">Glyph ids in visual order.</param>
/// <param name="Positions">Pen position of each glyph, from x = 0 on the baseline.</param>
/// <param name="Clusters">Index of the first UTF-16 unit of each glyph's cluster.</param>
/// <param name="Width">Total advance in pixels.</param>
public sealed record ShapedBadgeText(SKTypeface Typeface, ushort[] Glyphs, SKPoint[] Positions, uint[] Clusters, float Width);

/// <summary>
/// Shapes and measures badge text with HarfBuzz over the bundled DejaVu Sans (regular and bold), so the widths
/// written into a badge are the ones the SVG's font stack renders with where Verdana is absent.
/// </summary>
/// <remarks>
/// HarfBuzz rather than per-character advances: kerning, Arabic joining forms and combining marks change the width
/// of real text. The faces are loaded once per process and shared (SkiaSharp typefaces are thread-safe to read).
/// </remarks>
public sealed class BadgeTypesetter
{
    private static readonly Lazy<BadgeTypesetter> Shared = new(() => new BadgeTypesetter(
        BadgeFontLocator.Find("DejaVuSans.ttf"), BadgeFontLocator.Find("DejaVuSans-Bold.ttf")));

    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;
    private readonly SKShaper _regularShaper;
    private readonly SKShaper _boldShaper;

    /// <summary>Loads the two faces from explicit files.</summary>
    /// <exception cref="FileNotFoundException">A file is missing or is not a font.</exception>
    public BadgeTypesetter(string regularFile, string boldFile)
    {
        _regular = Load(regularFile);
        _bold = Load(boldFile);
        _regularShaper = new SKShaper(_regular);
        _boldShaper = new SKShaper(_bold);
    }

    /// <summary>The typesetter over the bundled DejaVu Sans, found by the documented rule (<c>SSLA_FONTS</c> or node_modules).</summary>
    /// <exception cref="FileNotFoundException">The font files are not installed.</exception>
    public static BadgeTypesetter Default => Shared.Value;

    /// <summary>Advance width of <paramref name="text"/> in pixels at <paramref name="size"/>.</summary>
    public float Measure(string text, bool bold, float size) => Shape(text, bold, size).Width;

    /// <summary>Shapes <paramref name="text"/> as one line.</summary>
    public ShapedBadgeText Shape(string text, bool bold, float size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typeface = bold ? _bold : _regular;
        using var font = CreateFont(typeface, size);
        if (text.Length == 0) return new ShapedBadgeText(typeface, [], [], [], 0);
        // Shaping is serialised per shaper: HarfBuzz fonts are not safe to use from two threads at once.
        var shaper = bold ? _boldShaper : _regularShaper;
        var glyphs = new List<ushort>();
        var positions = new List<SKPoint>();
        var clusters = new List<uint>();
        var x = 0f;
        foreach (var (start, length, rightToLeft) in DirectionRuns(text))
        {
            using var buffer = new Buffer();
            buffer.AddUtf16(text, start, length);
            buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            buffer.GuessSegmentProperties();
            SKShaper.Result result;
            lock (shaper) result = shaper.Shape(buffer, x, 0, font);
            glyphs.AddRange(result.Codepoints.Select(g => (ushort)g));
            positions.AddRange(result.Points);
            clusters.AddRange(result.Clusters);
            x += result.Width;
        }
        return new ShapedBadgeText(typeface, [.. glyphs], [.. positions], [.. clusters], x);
    }

    /// <summary>
    /// Splits a left-to-right line into runs of one direction, in display order: a right-to-left run reaches from
    /// its first to its last strong right-to-left character, neutrals between them included; everything else is
    /// left to right. This is what the Unicode bidi algorithm gives an SVG <c>&lt;text&gt;</c> (direction ltr) for
    /// badge-like text, so the PNG shows the words in the order the browser does. Digits end a right-to-left run
    /// (HarfBuzz would otherwise reverse them); a full bidi algorithm comes with the shared <c>Rendering/Fonts</c>.
    /// </summary>
    internal static IEnumerable<(int Start, int Length, bool RightToLeft)> DirectionRuns(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var rtlStart = -1;
            for (var j = i; j < text.Length; j++)
                if (IsStrongRightToLeft(text[j])) { rtlStart = j; break; }
            if (rtlStart < 0)
            {
                yield return (i, text.Length - i, false);
                yield break;
            }
            if (rtlStart > i) yield return (i, rtlStart - i, false);
            var rtlEnd = rtlStart;
            for (var j = rtlStart; j < text.Length; j++)
            {
                if (IsStrongRightToLeft(text[j])) rtlEnd = j;
                else if (char.IsLetterOrDigit(text[j])) break;
            }
            // Marks that follow the last right-to-left letter belong to it.
            while (rtlEnd + 1 < text.Length && char.GetUnicodeCategory(text[rtlEnd + 1]) == System.Globalization.UnicodeCategory.NonSpacingMark) rtlEnd++;
            yield return (rtlStart, rtlEnd - rtlStart + 1, true);
            i = rtlEnd + 1;
        }
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms, and the RLM.
    private static bool IsStrongRightToLeft(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' or '\u200F';

    /// <summary>The font settings badges are measured and drawn with: unhinted, subpixel, so widths scale linearly.</summary>
    public static SKFont CreateFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        Hinting = SKFontHinting.None,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        LinearMetrics = true,
    };

    private static SKTypeface Load(string file) =>
        File.Exists(file) && SKTypeface.FromFile(file) is { } typeface
            ? typeface
            : throw new FileNotFoundException($"Badge font {file} is missing or is not a font Skia can read.", file);
}
