using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Greedy line breaking on word boundaries: after spaces, and between CJK characters (which use no spaces).</summary>
public static class LineBreaker
{
    /// <summary>
    /// Breaks <paramref name="paragraph"/> into lines no wider than <paramref name="maxWidth"/> where it can; a single word
    /// wider than that stays whole on its own line (the caller then shrinks the text).
    /// </summary>
    /// <returns>The lines, shaped, in order; trailing spaces are not part of a line.</returns>
    public static IReadOnlyList<ShapedLine> Break(BidiParagraph paragraph, TextShaper shaper, FontWeight weight, float size, float maxWidth)
    {
        var text = paragraph.Text;
        var breaks = Opportunities(text);
        var lines = new List<ShapedLine>();
        var lineStart = SkipSpaces(text, 0);
        while (lineStart < text.Length)
        {
            ShapedLine? best = null;
            var bestEnd = -1;
            foreach (var end in breaks.Where(b => b > lineStart).Append(text.Length))
            {
                var trimmed = TrimEnd(text, lineStart, end);
                if (trimmed <= lineStart) continue;
                var candidate = shaper.Shape(paragraph, lineStart, trimmed - lineStart, weight, size);
                if (best is not null && candidate.Width > maxWidth) break;
                best = candidate;
                bestEnd = end;
                if (candidate.Width > maxWidth) break;
            }
            if (best is null) break;
            lines.Add(best);
            lineStart = SkipSpaces(text, bestEnd);
        }
        return lines;
    }

    /// <summary>Indexes where a new line may start.</summary>
    internal static IReadOnlyList<int> Opportunities(string text)
    {
        var result = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i])) continue;
            var afterSpace = IsBreakSpace(text[i - 1]) && !IsBreakSpace(text[i]);
            var betweenCjk = !IsBreakSpace(text[i - 1]) && !IsBreakSpace(text[i])
                && (IsCjk(text[i - 1]) || IsCjk(text[i])) && !IsNoStart(text[i]) && !IsNoEnd(text[i - 1]);
            if (afterSpace || betweenCjk) result.Add(i);
        }
        return result;
    }

    // No-break spaces join words; every other space is a break opportunity.
    private static bool IsBreakSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F');

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsBreakSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsBreakSpace(text[end - 1])) end--;
        return end;
    }

    // Han, kana and CJK punctuation: a line may break between any two of them.
    private static bool IsCjk(char c) => c is (>= '\u3000' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF')
        or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    // Closing punctuation and small kana must not start a line (a short form of the kinsoku rule).
    private static bool IsNoStart(char c) => "、。，．・：；？！）」』】〕〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ!?),.:;".Contains(c);

    // Opening brackets must not end a line.
    private static bool IsNoEnd(char c) => "（「『【〔〈《(".Contains(c);
}
