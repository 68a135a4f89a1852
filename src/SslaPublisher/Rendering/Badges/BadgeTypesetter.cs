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
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        // Shaping is serialised per shaper: HarfBuzz fonts are not safe to use from two threads at once.
        var shaper = bold ? _boldShaper : _regularShaper;
        SKShaper.Result result;
        lock (shaper) result = shaper.Shape(buffer, 0, 0, font);
        return new ShapedBadgeText(typeface, [.. result.Codepoints.Select(g => (ushort)g)], result.Points, result.Clusters, result.Width);
    }

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
