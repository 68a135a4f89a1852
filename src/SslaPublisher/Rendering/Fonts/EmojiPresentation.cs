namespace SslaPublisher.Rendering.Fonts;

/// <summary>How a grapheme cluster asks to be drawn: as colour emoji, as a text glyph, or as ordinary text.</summary>
public enum Presentation
{
    /// <summary>Ordinary text: the first face of the chain that has it.</summary>
    Text,
    /// <summary>An emoji asked for as emoji: the colour emoji face first.</summary>
    Emoji,
    /// <summary>A symbol asked for as text with U+FE0E: never the colour face when another face has it.</summary>
    TextSymbol,
}

/// <summary>
/// Decides a grapheme cluster's presentation the way Chromium does (measured: tests/…/Fonts/TextWidthBrowserTests):
/// VS16 (U+FE0F), a keycap, a skin tone or a ZWJ sequence of pictographs asks for the colour emoji face even when an
/// earlier face of the font list has the symbol ("❤️", "✈️"); VS15 (U+FE0E) asks for a text face; anything else,
/// emoji such as 🚀 included, takes the first face of the list that has it (the badges' DejaVu Sans draws 😀 itself,
/// the banners' list names the colour face before DejaVu).
/// </summary>
public static class EmojiPresentation
{
    // Extended_Pictographic, Unicode emoji-data.txt (15.1), merged into ranges.
    private static readonly (int Start, int End)[] Pictographic =
    [
        (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
        (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328), (0x2388, 0x2388), (0x23CF, 0x23CF),
        (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0),
        (0x25FB, 0x25FE), (0x2600, 0x2605), (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712),
        (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728), (0x2733, 0x2734),
        (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
        (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2934, 0x2935),
        (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
        (0x3297, 0x3297), (0x3299, 0x3299), (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F), (0x1F12F, 0x1F12F),
        (0x1F16C, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5),
        (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A), (0x1F23C, 0x1F23F),
        (0x1F249, 0x1F3FA), (0x1F400, 0x1F53D), (0x1F546, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F),
        (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F),
        (0x1F8AE, 0x1F8FF), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
    ];

    private const int TextSelector = 0xFE0E;
    private const int EmojiSelector = 0xFE0F;
    private const int Keycap = 0x20E3;
    private const int Joiner = 0x200D;

    /// <summary>The presentation the grapheme cluster <paramref name="cluster"/> asks for.</summary>
    public static Presentation Of(ReadOnlySpan<char> cluster)
    {
        var pictographic = false;
        foreach (var rune in cluster.EnumerateRunes())
        {
            var value = rune.Value;
            if (value == TextSelector) return Presentation.TextSymbol;
            if (value is EmojiSelector or Keycap or (>= 0x1F3FB and <= 0x1F3FF)) return Presentation.Emoji;
            if (value == Joiner && pictographic) return Presentation.Emoji;
            pictographic |= IsPictographic(value);
        }
        return Presentation.Text;
    }

    /// <summary>
    /// True when the grapheme cluster is an emoji: it starts with an Extended_Pictographic code point or a regional
    /// indicator, or carries VS16 or a combining keycap.
    /// </summary>
    public static bool IsEmoji(ReadOnlySpan<char> cluster)
    {
        var first = true;
        foreach (var rune in cluster.EnumerateRunes())
        {
            var value = rune.Value;
            if (first && (IsPictographic(value) || value is >= 0x1F1E6 and <= 0x1F1FF)) return true;
            if (value is EmojiSelector or Keycap) return true;
            first = false;
        }
        return false;
    }

    /// <summary>True for Extended_Pictographic code points.</summary>
    public static bool IsPictographic(int codePoint)
    {
        int lo = 0, hi = Pictographic.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < Pictographic[mid].Start) hi = mid - 1;
            else if (codePoint > Pictographic[mid].End) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
