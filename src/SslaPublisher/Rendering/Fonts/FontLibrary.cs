using System.Collections.Immutable;
using SkiaSharp;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// The loaded fallback chains: one <see cref="SKTypeface"/> (and its HarfBuzz shaper) per face, loaded once and shared
/// by every banner and badge. Safe to share between threads.
/// </summary>
/// <remarks>
/// Shipped faces load from the library's resources and cannot be missing. The CJK face is looked up among the
/// machine's fonts the first time a text reaches it in the chain; when the machine has none, text in a CJK script
/// fails with a <see cref="FontNotFoundException"/> that says what to install, and any other text simply goes on down
/// the chain.
/// </remarks>
public sealed class FontLibrary
{
    private static readonly Lazy<FontLibrary> Shared = new(() => Load(SystemFonts.ForThisMachine()));

    // Each weight's chain at the weight's number. An array, not a dictionary keyed by the enum: ReadyToRun cannot
    // precompile a framework dictionary over our own value type, so that one cost ≈ 60 methods JIT-compiled at every
    // start (docs/BENCHMARKS.md, "Generic code at start-up").
    private readonly ImmutableArray<LoadedFace>[] _chains;

    private FontLibrary(ImmutableArray<LoadedFace>[] chains) => _chains = chains;

    /// <summary>The library of the shipped faces and this machine's CJK fonts, loaded on first use.</summary>
    public static FontLibrary Default => Shared.Value;

    /// <summary>
    /// The shipped faces and the CJK face of <paramref name="systemFonts"/>, each loaded the first time a text reaches
    /// it in a chain: an English-only brand never reads the emoji, Arabic, Hebrew or Devanagari faces (several MB).
    /// </summary>
    public static FontLibrary Load(SystemFonts systemFonts)
    {
        ArgumentNullException.ThrowIfNull(systemFonts);
        var loaded = BundledFonts.All.ToDictionary(f => f, f => f.IsShipped
            ? new LoadedFace(f, () => EmbeddedFonts.Load(f), [])
            : new LoadedFace(f, () => systemFonts.Find(f), systemFonts.Folders));
        return new FontLibrary([.. Enum.GetValues<FontWeight>().Select(w => BundledFonts.Chain(w).Select(f => loaded[f]).ToImmutableArray())]);
    }

    /// <summary>
    /// The same loaded faces arranged as a browser draws a font stack that names one family: that family's file first
    /// (<paramref name="regularFileName"/>, <paramref name="boldFileName"/>), then, for what it lacks, the other
    /// regular faces in chain order — bold text included, because Chromium's system fallback on Linux picks a font by
    /// character and language only and synthesises bold (measured: a bold Devanagari word in a badge is as wide as
    /// the regular one).
    /// </summary>
    /// <remarks>Badges name "Verdana,Geneva,DejaVu Sans,sans-serif"; where Verdana is absent browsers draw DejaVu Sans,
    /// so badges put DejaVu first and fall back to the other faces only for what it lacks.</remarks>
    /// <exception cref="ArgumentException">A file is not one of the bundled faces of that weight.</exception>
    public FontLibrary WithPrimary(string regularFileName, string boldFileName)
    {
        LoadedFace Find(FontWeight weight, string fileName) =>
            Chain(weight).FirstOrDefault(f => f.Face.FileName == fileName)
            ?? throw new ArgumentException($"{fileName} is not a bundled {weight} face.", nameof(fileName));
        var regular = Find(FontWeight.Regular, regularFileName);
        var bold = Find(FontWeight.Bold, boldFileName);
        ImmutableArray<LoadedFace> fallback = [.. Chain(FontWeight.Regular).Where(f => !ReferenceEquals(f, regular))];
        var chains = new ImmutableArray<LoadedFace>[_chains.Length];
        chains[(int)FontWeight.Regular] = [regular, .. fallback];
        chains[(int)FontWeight.Bold] = [bold, .. fallback];
        return new FontLibrary(chains);
    }

    /// <summary>The faces of <paramref name="weight"/>, in fallback order.</summary>
    public ImmutableArray<LoadedFace> Chain(FontWeight weight) => _chains[(int)weight];

    /// <summary>
    /// The face that draws the grapheme cluster <paramref name="cluster"/>, chosen as Chromium chooses: an
    /// emoji-presentation cluster (❤️, 🚀, #️⃣) takes the colour emoji face when it has it; a cluster asking for text
    /// presentation (U+FE0E) the first other face that has it; anything else the first face of the chain with glyphs
    /// for the whole cluster. The primary face when none can (it then draws its "missing glyph" box, which is visible,
    /// unlike nothing at all).
    /// </summary>
    /// <exception cref="FontNotFoundException">The cluster is CJK script and the machine has no CJK font.</exception>
    public LoadedFace FaceFor(ReadOnlySpan<char> cluster, FontWeight weight)
    {
        var chain = Chain(weight);
        var presentation = EmojiPresentation.Of(cluster);
        if (presentation == Presentation.Emoji)
        {
            foreach (var face in chain)
                if (face.Face.IsColorEmoji && face.Covers(cluster)) return face;
        }
        foreach (var face in chain)
        {
            if (presentation == Presentation.TextSymbol && face.Face.IsColorEmoji) continue;
            if (!face.IsAvailable)
            {
                // Only CJK text needs the system face; anything else goes on down the chain without it.
                if (CjkText.Needs(cluster)) throw face.Missing(cluster.ToString());
                continue;
            }
            if (face.Covers(cluster)) return face;
        }
        return chain[0];
    }
}

/// <summary>A face for drawing and shaping, loaded when a text first needs it (thread-safe, once).</summary>
public sealed class LoadedFace
{
    private readonly Lazy<SKTypeface?> _typeface;
    private readonly Lazy<FaceShaper> _shaper;
    private readonly Lazy<SKFont> _glyphs;
    private readonly ImmutableArray<string> _searched;

    internal LoadedFace(FontFace face, Func<SKTypeface?> find, IEnumerable<string> searched)
    {
        Face = face;
        _searched = [.. searched];
        _typeface = new Lazy<SKTypeface?>(find);
        _shaper = new Lazy<FaceShaper>(() => new FaceShaper(Typeface));
        // SKTypeface.ContainsGlyph creates and frees a font on every call; font choice asks once per character.
        _glyphs = new Lazy<SKFont>(() => new SKFont(Typeface));
    }

    /// <summary>Which face of the chain this is.</summary>
    public FontFace Face { get; }

    /// <summary>True when the face is loaded or could be loaded (loads it, or looks for a system face, the first time).</summary>
    public bool IsAvailable => _typeface.Value is not null;

    /// <summary>The typeface, for <see cref="SKFont"/>.</summary>
    /// <exception cref="FontNotFoundException">A system face the machine does not have.</exception>
    public SKTypeface Typeface => _typeface.Value ?? throw Missing(null);

    /// <summary>The HarfBuzz shaper over this face (created on first use, then reused).</summary>
    public FaceShaper Shaper => _shaper.Value;

    /// <summary>The error for text that needs this face when the machine does not have it.</summary>
    internal FontNotFoundException Missing(string? text) => new(
        (text is null ? "" : $"The text '{text}' needs a CJK font, and ") +
        $"no {string.Join(" or ", Face.SystemFamilies ?? [Face.Name])} font is installed (searched {string.Join(", ", _searched)}). " +
        $"Install one: {BundledFonts.CjkInstallHint}.");

    /// <summary>
    /// True when the face has a glyph for every code point of <paramref name="cluster"/> that needs one; joiners and
    /// variation selectors are left to the shaper.
    /// </summary>
    public bool Covers(ReadOnlySpan<char> cluster)
    {
        if (!IsAvailable) return false;
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (IsFormatOnly(rune)) continue;
            if (!_glyphs.Value.ContainsGlyph(rune.Value)) return false;
        }
        return true;
    }

    private static bool IsFormatOnly(System.Text.Rune rune) =>
        rune.Value is 0x200C or 0x200D or (>= 0x2066 and <= 0x2069) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0020 and <= 0xE007F);

    /// <inheritdoc />
    public override string ToString() => Face.Name;
}
