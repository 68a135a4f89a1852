using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// The Unicode character properties text layout needs and .NET does not expose, read from the ICU the machine has
/// rather than copies of Unicode's data files kept by hand: the emoji properties of UTS #51
/// (<c>Extended_Pictographic</c>, <c>Emoji_Presentation</c>) and the paired brackets of UAX #9
/// (<c>Bidi_Paired_Bracket_Type</c>, <c>Bidi_Paired_Bracket</c>), which browsers use to keep "(…)" in one script run.
/// </summary>
/// <remarks>
/// Layout asks per grapheme cluster, badges by the thousand, so each yes/no answer is kept in a byte per code point of
/// planes 0–1 (128 KiB a property), filled on first use; concurrent callers at worst write the same value twice.
/// </remarks>
internal static class IcuCharacterProperties
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate sbyte HasBinaryPropertyFn(int codePoint, int property);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int IntPropertyValueFn(int codePoint, int property);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int PairedBracketFn(int codePoint);

    // ICU's UProperty values (uchar.h; stable since ICU 52–62) and UBidiPairedBracketType.
    private const int EmojiPresentationProperty = 58;
    private const int ExtendedPictographicProperty = 64;
    private const int BracketTypeProperty = 0x1015;
    private const int OpenBracket = 1, CloseBracket = 2;

    private const int Cached = 0x20000;
    private const byte Unknown = 0, No = 1, Yes = 2;

    private static readonly Lazy<HasBinaryPropertyFn> HasBinaryProperty = new(() => IcuLibrary.Function<HasBinaryPropertyFn>("u_hasBinaryProperty"));
    private static readonly Lazy<IntPropertyValueFn> IntPropertyValue = new(() => IcuLibrary.Function<IntPropertyValueFn>("u_getIntPropertyValue"));
    private static readonly Lazy<PairedBracketFn> PairedBracket = new(() => IcuLibrary.Function<PairedBracketFn>("u_getBidiPairedBracket"));
    private static readonly byte[] Pictographic = new byte[Cached];
    private static readonly byte[] EmojiPresentation = new byte[Cached];

    /// <summary>True for an <c>Extended_Pictographic</c> code point (©, ❤, ✈, 🚀).</summary>
    public static bool IsExtendedPictographic(int codePoint) =>
        codePoint >= 0xA9 && Lookup(Pictographic, codePoint, ExtendedPictographicProperty);

    /// <summary>True for a code point drawn as emoji by default, without a selector (🚀, ⭐; not ❤ or ✈).</summary>
    public static bool HasEmojiPresentation(int codePoint) =>
        codePoint >= 0x231A && Lookup(EmojiPresentation, codePoint, EmojiPresentationProperty);

    /// <summary>
    /// For an opening bracket its closing pair (<c>(</c> → <c>)</c>, <c>「</c> → <c>」</c>), for a closing one its opening
    /// pair as a negative number's absolute value, else 0: <c>)</c> → <c>-'('</c>.
    /// </summary>
    public static int BracketPair(int codePoint)
    {
        // Every paired bracket is punctuation (Ps/Pe); asking ICU only for those keeps letters off the native call.
        if (!System.Text.Rune.IsValid(codePoint) || !IsBracketCategory(new System.Text.Rune(codePoint))) return 0;
        return IntPropertyValue.Value(codePoint, BracketTypeProperty) switch
        {
            OpenBracket => PairedBracket.Value(codePoint),
            CloseBracket => -PairedBracket.Value(codePoint),
            _ => 0,
        };
    }

    private static bool IsBracketCategory(System.Text.Rune rune) =>
        System.Text.Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.OpenPunctuation
            or System.Globalization.UnicodeCategory.ClosePunctuation;

    private static bool Lookup(byte[] cache, int codePoint, int property)
    {
        if (codePoint >= Cached) return HasBinaryProperty.Value(codePoint, property) != 0;
        var known = Volatile.Read(ref cache[codePoint]);
        if (known == Unknown)
        {
            known = HasBinaryProperty.Value(codePoint, property) != 0 ? Yes : No;
            Volatile.Write(ref cache[codePoint], known);
        }
        return known == Yes;
    }
}
