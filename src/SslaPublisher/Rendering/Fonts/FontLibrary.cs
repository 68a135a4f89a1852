using System.Collections.Immutable;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// The loaded fallback chains: one <see cref="SKTypeface"/> (and its HarfBuzz shaper) per bundled font file, loaded
/// once and shared by every banner and badge.
/// </summary>
public sealed class FontLibrary
{
    private static readonly Lazy<FontLibrary> Shared = new(() => Load(FontFiles.FromEnvironment()));

    private readonly ImmutableDictionary<FontWeight, ImmutableArray<LoadedFace>> _chains;

    private FontLibrary(ImmutableDictionary<FontWeight, ImmutableArray<LoadedFace>> chains) => _chains = chains;

    /// <summary>The library loaded from the files <see cref="FontFiles.FromEnvironment"/> finds, loaded on first use.</summary>
    /// <exception cref="FontNotFoundException">A bundled font file is missing.</exception>
    public static FontLibrary Default => Shared.Value;

    /// <summary>Loads every bundled face from <paramref name="files"/>.</summary>
    /// <exception cref="FontNotFoundException">One or more files are missing or unreadable; all are listed.</exception>
    public static FontLibrary Load(FontFiles files)
    {
        var loaded = new Dictionary<(string, int), LoadedFace>();
        var problems = new List<string>();
        foreach (var face in BundledFonts.All)
        {
            var path = files.Find(face.FileName);
            if (path is null)
            {
                problems.Add($"{face.FileName} ({face.Name}, from {face.Source}) is not installed");
                continue;
            }
            var typeface = SKTypeface.FromFile(path, face.CollectionIndex);
            if (typeface is null)
            {
                problems.Add($"{path} ({face.Name}) is not a font Skia can read");
                continue;
            }
            loaded[(face.FileName, face.CollectionIndex)] = new LoadedFace(face, typeface);
        }
        if (problems.Count > 0)
            throw new FontNotFoundException(
                $"Missing fonts: {string.Join("; ", problems)}. Searched {string.Join(", ", files.Folders)}. " +
                $"Run scripts/setup.sh, or set {FontFiles.EnvironmentVariable} to a folder holding these files.");
        return new FontLibrary(Enum.GetValues<FontWeight>().ToImmutableDictionary(
            w => w, w => BundledFonts.Chain(w).Select(f => loaded[(f.FileName, f.CollectionIndex)]).ToImmutableArray()));
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
            _chains[weight].FirstOrDefault(f => f.Face.FileName == fileName)
            ?? throw new ArgumentException($"{fileName} is not a bundled {weight} face.", nameof(fileName));
        var regular = Find(FontWeight.Regular, regularFileName);
        var bold = Find(FontWeight.Bold, boldFileName);
        ImmutableArray<LoadedFace> fallback = [.. _chains[FontWeight.Regular].Where(f => !ReferenceEquals(f, regular))];
        return new FontLibrary(ImmutableDictionary.CreateRange(new[]
        {
            KeyValuePair.Create(FontWeight.Regular, (ImmutableArray<LoadedFace>)[regular, .. fallback]),
            KeyValuePair.Create(FontWeight.Bold, (ImmutableArray<LoadedFace>)[bold, .. fallback]),
        }));
    }

    /// <summary>The faces of <paramref name="weight"/>, in fallback order.</summary>
    public ImmutableArray<LoadedFace> Chain(FontWeight weight) => _chains[weight];

    /// <summary>
    /// The face that draws the grapheme cluster <paramref name="cluster"/>, chosen as Chromium chooses: an
    /// emoji-presentation cluster (❤️, 🚀, #️⃣) takes the colour emoji face when it has it; a cluster asking for text
    /// presentation (U+FE0E) the first other face that has it; anything else the first face of the chain with glyphs
    /// for the whole cluster. The primary face when none can (it then draws its "missing glyph" box, which is visible,
    /// unlike nothing at all).
    /// </summary>
    public LoadedFace FaceFor(ReadOnlySpan<char> cluster, FontWeight weight)
    {
        var chain = _chains[weight];
        var presentation = EmojiPresentation.Of(cluster);
        if (presentation == Presentation.Emoji)
        {
            foreach (var face in chain)
                if (face.Face.IsColorEmoji && face.Covers(cluster)) return face;
        }
        foreach (var face in chain)
        {
            if (presentation == Presentation.TextSymbol && face.Face.IsColorEmoji) continue;
            if (face.Covers(cluster)) return face;
        }
        foreach (var face in chain)
            if (face.Covers(cluster)) return face;
        return chain[0];
    }
}

/// <summary>A font file loaded for drawing and shaping.</summary>
public sealed class LoadedFace
{
    private readonly Lazy<SKShaper> _shaper;

    internal LoadedFace(FontFace face, SKTypeface typeface)
    {
        Face = face;
        Typeface = typeface;
        _shaper = new Lazy<SKShaper>(() => new SKShaper(typeface));
    }

    /// <summary>Which bundled file this is.</summary>
    public FontFace Face { get; }

    /// <summary>The typeface, for <see cref="SKFont"/>.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>The HarfBuzz shaper over this face (created on first use, then reused).</summary>
    public SKShaper Shaper => _shaper.Value;

    /// <summary>
    /// True when the face has a glyph for every code point of <paramref name="cluster"/> that needs one; joiners and
    /// variation selectors are left to the shaper.
    /// </summary>
    public bool Covers(ReadOnlySpan<char> cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (IsFormatOnly(rune)) continue;
            if (!Typeface.ContainsGlyph(rune.Value)) return false;
        }
        return true;
    }

    private static bool IsFormatOnly(System.Text.Rune rune) =>
        rune.Value is 0x200C or 0x200D or (>= 0x2066 and <= 0x2069) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0020 and <= 0xE007F);

    /// <inheritdoc />
    public override string ToString() => Face.Name;
}
