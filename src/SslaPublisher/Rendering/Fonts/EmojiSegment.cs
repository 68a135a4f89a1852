namespace SslaPublisher.Rendering.Fonts;

/// <summary>Which of Chromium's emoji segments a grapheme cluster belongs to; a run of text never spans two.</summary>
public enum EmojiSegment
{
    /// <summary>Text, with pictographs drawn as text by default (❤, ☀).</summary>
    Text,
    /// <summary>A pictograph asked for as text with U+FE0E.</summary>
    TextSymbol,
    /// <summary>An emoji drawn as emoji (🚀, ❤️, 1️⃣, 🇫🇷).</summary>
    Emoji,
}
