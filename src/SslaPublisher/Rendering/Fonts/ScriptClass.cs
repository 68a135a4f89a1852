using System.Text;
using HarfBuzzSharp;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// The writing system of a grapheme cluster, coarsely, for splitting text into shaping runs the way browsers do:
/// HarfBuzz shapes one script at a time (Hebrew and Arabic in one DejaVu run would lose Arabic joining), and
/// Chromium never kerns across a script or emoji boundary (“ after Japanese is not kerned with the Latin word after it).
/// </summary>
/// <remarks>
/// .NET has no Unicode Script property, so letters are classed by block ranges, as <see cref="BidiParagraph"/> classes
/// direction: Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, kana, Han and Hangul get their own class, any
/// other letter the 128-code-point page it lies in. Digits, spaces and punctuation (Unicode's Common script) and
/// combining marks (Inherited) have none and join the run they sit in. Emoji are split apart from text
/// (<see cref="EmojiPresentation.SegmentOf"/>), as Chromium segments them apart even when one face draws both.
/// </remarks>
internal static class ScriptClass
{
    /// <summary>No class of its own: takes the class of the text around it.</summary>
    public const int Common = -1;

    /// <summary>The class of the letters of <paramref name="cluster"/>, or <see cref="Common"/>.</summary>
    public static int Of(ReadOnlySpan<char> cluster)
    {
        if (Rune.DecodeFromUtf16(cluster, out var rune, out _) != System.Buffers.OperationStatus.Done) return Common;
        if (!Rune.IsLetter(rune)) return Common;
        var v = rune.Value;
        return v switch
        {
            <= 0x024F or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) => 1,
            (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => 2,
            >= 0x0400 and <= 0x052F => 3,
            (>= 0x0590 and <= 0x05FF) or (>= 0xFB1D and <= 0xFB4F) => 4,
            (>= 0x0600 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => 5,
            (>= 0x0900 and <= 0x097F) or (>= 0xA8E0 and <= 0xA8FF) => 6,
            (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F) => 7,
            (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or >= 0x20000 => 8,
            (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => 9,
            _ => 0x1000 + (v >> 7),
        };
    }

    /// <summary>
    /// The HarfBuzz script a run of class <paramref name="scriptClass"/> is shaped as, as Chromium sets it on each run
    /// rather than letting HarfBuzz guess from the text: the script decides which of a face's features apply (Inter's
    /// contextual forms are Latin's), and a run of digits and punctuation alone is shaped as Common.
    /// </summary>
    /// <remarks>Classes of a 128-code-point page (<c>0x1000 +</c>) have no one script: HarfBuzz guesses those.</remarks>
    public static Script? ToHarfBuzz(int scriptClass) => scriptClass switch
    {
        Common => Script.Common,
        1 => Script.Latin,
        2 => Script.Greek,
        3 => Script.Cyrillic,
        4 => Script.Hebrew,
        5 => Script.Arabic,
        6 => Script.Devanagari,
        7 => Script.Hiragana,
        8 => Script.Han,
        9 => Script.Hangul,
        _ => null,
    };
}
