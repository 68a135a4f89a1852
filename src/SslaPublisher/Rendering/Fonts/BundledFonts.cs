using System.Collections.Immutable;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// The faces text is drawn with, in fallback order: each code point is drawn with the first face that has a glyph
/// for it. All but CJK ship inside the library (<see cref="EmbeddedFonts"/>); CJK is found among the machine's fonts.
/// </summary>
/// <remarks>
/// Latin comes first (Inter), then the scripts Inter lacks; colour emoji before DejaVu so that emoji are not drawn as
/// DejaVu's monochrome symbols; DejaVu Sans last for the odd symbol no other face has. The CJK face preferred is the
/// Japanese one of Noto Sans CJK: it covers Chinese and Korean text as well, with Japanese glyph forms for shared
/// ideographs. The embedded files and their licences are listed in <c>src/BundledFonts.props</c>.
/// </remarks>
public static class BundledFonts
{
    private const string NpmInter = "npm @expo-google-fonts/inter";
    private const string NpmArabic = "npm @expo-google-fonts/noto-sans-arabic";
    private const string NpmDejaVu = "npm dejavu-fonts-ttf";
    private const string DebianCore = "Debian fonts-noto-core";
    private const string DebianEmoji = "Debian fonts-noto-color-emoji";

    /// <summary>What to install when the CJK face is missing, per system.</summary>
    public const string CjkInstallHint =
        "Debian/Ubuntu: sudo apt-get install fonts-noto-cjk; macOS (Homebrew): brew install --cask font-noto-sans-cjk; " +
        "Windows: install the Noto Sans CJK JP fonts (Regular and Bold) for all users";

    // Family names the CJK face is known by, most preferred first (Source Han Sans is the same design).
    private static readonly string[] CjkFamilies =
        ["Noto Sans CJK JP", "Source Han Sans JP", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans CJK TC", "Noto Sans CJK KR"];

    /// <summary>The fallback chain for <paramref name="weight"/>.</summary>
    public static ImmutableArray<FontFace> Chain(FontWeight weight) => weight == FontWeight.Bold ? Bold : Regular;

    /// <summary>Every face of both chains, each once.</summary>
    public static IEnumerable<FontFace> All => Regular.Concat(Bold).Distinct();

    private static readonly ImmutableArray<FontFace> Regular =
    [
        new("Inter", "Inter_400Regular.ttf", 0, NpmInter),
        new("Noto Sans Arabic", "NotoSansArabic_400Regular.ttf", 0, NpmArabic),
        new("Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", 0, DebianCore),
        new("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf", 0, DebianCore),
        new("Noto Sans CJK", "NotoSansCJK-Regular.ttc", 0, "system fonts", CjkFamilies),
        new("Noto Color Emoji", "NotoColorEmoji.ttf", 0, DebianEmoji, IsColorEmoji: true),
        new("DejaVu Sans", "DejaVuSans.ttf", 0, NpmDejaVu),
    ];

    private static readonly ImmutableArray<FontFace> Bold =
    [
        new("Inter Bold", "Inter_700Bold.ttf", 0, NpmInter),
        new("Noto Sans Arabic Bold", "NotoSansArabic_700Bold.ttf", 0, NpmArabic),
        new("Noto Sans Hebrew Bold", "NotoSansHebrew-Bold.ttf", 0, DebianCore),
        new("Noto Sans Devanagari Bold", "NotoSansDevanagari-Bold.ttf", 0, DebianCore),
        new("Noto Sans CJK Bold", "NotoSansCJK-Bold.ttc", 0, "system fonts", CjkFamilies, FontWeight.Bold),
        new("Noto Color Emoji", "NotoColorEmoji.ttf", 0, DebianEmoji, IsColorEmoji: true),
        new("DejaVu Sans Bold", "DejaVuSans-Bold.ttf", 0, NpmDejaVu),
    ];
}
