using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Shapes and measures badge text the way the SVG's font stack renders it where Verdana is absent: DejaVu Sans first
/// (the bundled npm <c>dejavu-fonts-ttf</c>), the shared fallback chain of <see cref="FontLibrary"/> only for what
/// DejaVu lacks (CJK, colour emoji), bidi-resolved as a left-to-right SVG <c>&lt;text&gt;</c>.
/// </summary>
/// <remarks>
/// HarfBuzz rather than per-character advances: kerning, Arabic joining and combining marks change the width of real
/// text. The faces ship inside the library (<see cref="BundledFonts"/>); CJK text on a machine without a CJK font is a
/// <see cref="FontNotFoundException"/>, never text measured as zero wide. Safe to share between threads.
/// </remarks>
public sealed class BadgeTypesetter
{
    /// <summary>The face badges are measured with, as the SVG font stack names it.</summary>
    public const string RegularFile = "DejaVuSans.ttf";

    /// <summary>The bold face (for-the-badge messages).</summary>
    public const string BoldFile = "DejaVuSans-Bold.ttf";

    private static readonly Lazy<BadgeTypesetter> Shared = new(() => new BadgeTypesetter(FontLibrary.Default));

    private static readonly Lock ShapeLock = new();

    // Shaped texts by (text, bold, size). A badge's text is shaped once to measure it and drawn from the same shape
    // in every PNG; across brands, labels such as "X replies" and messages such as "15 min" repeat. Bounded: cleared
    // when full, which only costs shaping again.
    private const int CacheCapacity = 8192;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, bool Bold, float Size), ShapedLine> _shaped = new();

    private readonly TextShaper _shaper;

    /// <summary>A typesetter over <paramref name="fonts"/>, with DejaVu Sans moved to the front.</summary>
    public BadgeTypesetter(FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _shaper = new TextShaper(fonts.WithPrimary(RegularFile, BoldFile));
    }

    /// <summary>The typesetter over the bundled fonts, loaded on first use.</summary>
    public static BadgeTypesetter Default => Shared.Value;

    /// <summary>Advance width of <paramref name="text"/> in pixels at <paramref name="size"/>.</summary>
    public float Measure(string text, bool bold, float size) => Shape(text, bold, size).Width;

    /// <summary>Shapes <paramref name="text"/> as one left-to-right line (an SVG text's default direction).</summary>
    public ShapedLine Shape(string text, bool bold, float size)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_shaped.TryGetValue((text, bold, size), out var cached)) return cached;
        var shaped = ShapeUncached(text, bold, size);
        if (_shaped.Count >= CacheCapacity) _shaped.Clear();
        _shaped[(text, bold, size)] = shaped;
        return shaped;
    }

    private ShapedLine ShapeUncached(string text, bool bold, float size)
    {
        var weight = bold ? FontWeight.Bold : FontWeight.Regular;
        // Shaping is serialised: the shared HarfBuzz fonts are not safe to use from two threads at once.
        lock (ShapeLock) return _shaper.Shape(BidiParagraph.Resolve(text, rightToLeft: false), 0, text.Length, weight, size);
    }
}
