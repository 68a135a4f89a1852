using SslaPublisher.Formatting;

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
    /// The segment of text Chromium shapes the grapheme cluster in (its emoji segmentation, UTS #51): a pictograph
    /// asked for as emoji (VS16, a keycap, a skin tone, a ZWJ sequence, a flag, or one drawn as emoji by default such
    /// as 🚀) is <see cref="EmojiSegment.Emoji"/>; one asked for as text with VS15 is <see cref="EmojiSegment.TextSymbol"/>;
    /// anything else, a pictograph drawn as text by default (❤, ☀, ©) included, is <see cref="EmojiSegment.Text"/>
    /// and is shaped with the letters around it ("*❤" in Inter is one run, and Inter's asterisk takes another form
    /// before a symbol: measured 7 px wider at 64 px than the two shaped apart).
    /// </summary>
    public static EmojiSegment SegmentOf(ReadOnlySpan<char> cluster)
    {
        var first = true;
        var pictographic = false;
        foreach (var rune in cluster.EnumerateRunes())
        {
            var value = rune.Value;
            if (value == TextSelector) return EmojiSegment.TextSymbol;
            if (value is EmojiSelector or Keycap or (>= 0x1F3FB and <= 0x1F3FF)) return EmojiSegment.Emoji;
            if (value == Joiner && pictographic) return EmojiSegment.Emoji;
            if (first && (value is >= 0x1F1E6 and <= 0x1F1FF || IcuCharacterProperties.HasEmojiPresentation(value))) return EmojiSegment.Emoji;
            pictographic |= IsPictographic(value);
            first = false;
        }
        return EmojiSegment.Text;
    }

    /// <summary>True for Extended_Pictographic code points (Unicode's data, from ICU).</summary>
    public static bool IsPictographic(int codePoint) => IcuCharacterProperties.IsExtendedPictographic(codePoint);
}
