using SslaPublisher.Platforms.Counting;

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
            pictographic |= Emoji.IsPictographic(value);
        }
        return Presentation.Text;
    }
}
