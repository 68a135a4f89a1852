using System.Collections.Immutable;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// The fonts the project's setup installs, in fallback order: each code point is drawn with the first face that has
/// a glyph for it.
/// </summary>
/// <remarks>
/// Latin comes first (Inter), then the scripts Inter lacks; colour emoji before DejaVu so that emoji are not drawn as
/// DejaVu's monochrome symbols; DejaVu Sans last for the odd symbol no other face has. The CJK collection's first
/// face is the Japanese one: it covers Chinese and Korean text as well, with Japanese glyph forms for shared
/// ideographs.
/// </remarks>
public static class BundledFonts
{
    private const string NpmInter = "npm @expo-google-fonts/inter";
    private const string NpmArabic = "npm @expo-google-fonts/noto-sans-arabic";
    private const string NpmDejaVu = "npm dejavu-fonts-ttf";
    private const string DebianCore = "Debian fonts-noto-core";
    private const string DebianCjk = "Debian fonts-noto-cjk";
    private const string DebianEmoji = "Debian fonts-noto-color-emoji";

    /// <summary>The fallback chain for <paramref name="weight"/>.</summary>
    public static ImmutableArray<FontFace> Chain(FontWeight weight) => weight == FontWeight.Bold ? Bold : Regular;

    /// <summary>Every file of both chains, each once.</summary>
    public static IEnumerable<FontFace> All => Regular.Concat(Bold).DistinctBy(f => (f.FileName, f.CollectionIndex));

    private static readonly ImmutableArray<FontFace> Regular =
    [
        new("Inter", "Inter_400Regular.ttf", 0, NpmInter),
        new("Noto Sans Arabic", "NotoSansArabic_400Regular.ttf", 0, NpmArabic),
        new("Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", 0, DebianCore),
        new("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf", 0, DebianCore),
        new("Noto Sans CJK", "NotoSansCJK-Regular.ttc", 0, DebianCjk),
        new("Noto Color Emoji", "NotoColorEmoji.ttf", 0, DebianEmoji, IsColorEmoji: true),
        new("DejaVu Sans", "DejaVuSans.ttf", 0, NpmDejaVu),
    ];

    private static readonly ImmutableArray<FontFace> Bold =
    [
        new("Inter Bold", "Inter_700Bold.ttf", 0, NpmInter),
        new("Noto Sans Arabic Bold", "NotoSansArabic_700Bold.ttf", 0, NpmArabic),
        new("Noto Sans Hebrew Bold", "NotoSansHebrew-Bold.ttf", 0, DebianCore),
        new("Noto Sans Devanagari Bold", "NotoSansDevanagari-Bold.ttf", 0, DebianCore),
        new("Noto Sans CJK Bold", "NotoSansCJK-Bold.ttc", 0, DebianCjk),
        new("Noto Color Emoji", "NotoColorEmoji.ttf", 0, DebianEmoji, IsColorEmoji: true),
        new("DejaVu Sans Bold", "DejaVuSans-Bold.ttf", 0, NpmDejaVu),
    ];
}
