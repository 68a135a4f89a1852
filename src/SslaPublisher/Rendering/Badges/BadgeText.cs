using System.Text;

namespace SslaPublisher.Rendering.Badges;

/// <summary>Makes untrusted text fit for a one-line badge, before it is measured, escaped and drawn.</summary>
internal static class BadgeText
{
    /// <summary>
    /// Line breaks and tabs become spaces, runs of spaces one space; control characters, lone surrogates and the
    /// other characters XML 1.0 forbids are dropped (escaping cannot make those well-formed), and so are the bidi
    /// embedding and override controls (U+202A–U+202E), which could make a badge display text in an order other than
    /// the one written; right-to-left text needs none of them, and isolates and marks are kept.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var clean = new StringBuilder(text.Length);
        foreach (var rune in EnumerateRunesLoosely(text))
        {
            if (rune is null) continue;
            var value = rune.Value.Value;
            if (value is '\n' or '\r' or '\t' || Rune.GetUnicodeCategory(rune.Value) is System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
            {
                if (clean.Length > 0 && clean[^1] != ' ') clean.Append(' ');
                continue;
            }
            if (value < 0x20 || value is >= 0x7f and <= 0x9f or 0xfffe or 0xffff or >= 0x202a and <= 0x202e) continue;
            if (value == ' ' && clean.Length > 0 && clean[^1] == ' ') continue;
            clean.Append(rune.Value.ToString());
        }
        return clean.ToString().Trim(' ');
    }

    // Runes of the text, with null where a lone surrogate stands.
    private static IEnumerable<Rune?> EnumerateRunesLoosely(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            yield return status == System.Buffers.OperationStatus.Done ? rune : null;
            i += consumed;
        }
    }
}
