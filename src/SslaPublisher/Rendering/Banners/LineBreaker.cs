using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// Breaks a paragraph into lines at the places the Unicode line breaking algorithm (UAX #14, through ICU with the
/// language's CLDR tailoring) allows, then balances them: the same number of lines as greedy filling needs, each as
/// close to the others in width as the break points allow, so a headline never ends on one lone word or character.
/// </summary>
/// <remarks>
/// Two rules are added for banners, whose lines are short and whose text is times and addresses: a line never breaks
/// after a dash or hyphen that is not followed by a space (UAX #14 allows "9:00–" / "18:00" and "acme-" /
/// "air.example"), nor anywhere inside a run of ASCII without spaces (an address such as
/// <c>promise.acme-air.example/ssla</c> stays whole).
/// </remarks>
public static class LineBreaker
{
    /// <summary>
    /// Breaks <paramref name="paragraph"/> into lines no wider than <paramref name="maxWidth"/> where it can; a single
    /// unbreakable word wider than that stays whole on its own line (the caller then shrinks the text).
    /// </summary>
    /// <returns>The lines, shaped, in order; trailing spaces are not part of a line.</returns>
    public static IReadOnlyList<ShapedLine> Break(BidiParagraph paragraph, TextShaper shaper, FontWeight weight, float size, float maxWidth,
        string language = "") =>
        [.. Lines(paragraph, shaper, weight, size, maxWidth, language).Select(l => l.Shaped)];

    /// <summary>As <see cref="Break"/>, with where each line sits in the text.</summary>
    /// <param name="paragraph">The paragraph, bidi resolved.</param>
    /// <param name="shaper">Shapes and measures.</param>
    /// <param name="weight">The font weight.</param>
    /// <param name="size">The font size in pixels.</param>
    /// <param name="maxWidth">The widest a line may be.</param>
    /// <param name="language">The text's language (BCP 47), which tailors the break rules (<c>ja</c> breaks between phrases).</param>
    public static IReadOnlyList<BrokenLine> Lines(BidiParagraph paragraph, TextShaper shaper, FontWeight weight, float size, float maxWidth,
        string language = "")
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return Lines(paragraph, Opportunities(paragraph.Text, language), shaper, weight, size, maxWidth);
    }

    /// <summary>As <see cref="Lines(BidiParagraph, TextShaper, FontWeight, float, float, string)"/>, with the break
    /// opportunities found once (<see cref="Opportunities"/>) for every size a fitter tries.</summary>
    /// <param name="paragraph">The paragraph, bidi resolved.</param>
    /// <param name="breaks">Where a new line may start in its text.</param>
    /// <param name="shaper">Shapes and measures.</param>
    /// <param name="weight">The font weight.</param>
    /// <param name="size">The font size in pixels.</param>
    /// <param name="maxWidth">The widest a line may be.</param>
    public static IReadOnlyList<BrokenLine> Lines(BidiParagraph paragraph, IReadOnlyList<int> breaks, TextShaper shaper, FontWeight weight,
        float size, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(breaks);
        ArgumentNullException.ThrowIfNull(shaper);
        var greedy = Greedy(paragraph, breaks, shaper, weight, size, maxWidth);
        var chosen = greedy.Count < 2 ? greedy : Balanced(paragraph, breaks, shaper, weight, size, maxWidth, greedy.Count) ?? greedy;
        // Candidates were measured by advance alone; only the lines kept are shaped with their glyphs and ink.
        return [.. chosen.Select(r => new BrokenLine(r.Start, r.End - r.Start, shaper.Shape(paragraph, r.Start, r.End - r.Start, weight, size)))];
    }

    /// <summary>Indexes where a new line may start: UAX #14 for <paramref name="language"/>, less the two banner rules.</summary>
    public static IReadOnlyList<int> Opportunities(string text, string language = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. IcuLineBreaks.Opportunities(text, language ?? "").Where(i => Allowed(text, i))];
    }

    private static bool Allowed(string text, int i)
    {
        var (before, after) = (text[i - 1], text[i]);
        if (IsBreakSpace(before)) return true;
        if (IsDash(before)) return false;
        return !(before < 0x80 && after < 0x80 && !char.IsWhiteSpace(after));
    }

    private static bool IsDash(char c) => c is '-' or '\u2212' or (>= '\u2010' and <= '\u2015');

    // Fills each line with as many pieces as fit, measuring each candidate's advance exactly.
    private static List<(int Start, int End)> Greedy(BidiParagraph paragraph, IReadOnlyList<int> breaks, TextShaper shaper, FontWeight weight,
        float size, float maxWidth)
    {
        var text = paragraph.Text;
        var lines = new List<(int, int)>();
        var lineStart = SkipSpaces(text, 0);
        while (lineStart < text.Length)
        {
            var bestEnd = -1;
            var bestTrimmed = -1;
            foreach (var end in breaks.Where(b => b > lineStart).Append(text.Length))
            {
                var trimmed = TrimEnd(text, lineStart, end);
                if (trimmed <= lineStart) continue;
                var width = shaper.Advance(paragraph, lineStart, trimmed - lineStart, weight, size);
                if (bestEnd >= 0 && width > maxWidth) break;
                (bestEnd, bestTrimmed) = (end, trimmed);
                if (width > maxWidth) break;
            }
            if (bestEnd < 0) break;
            lines.Add((lineStart, bestTrimmed));
            lineStart = SkipSpaces(text, bestEnd);
        }
        return lines;
    }

    // The narrowest width at which filling still takes as many lines as greedy did, found by bisection over piece
    // advances added up (each piece measured once); the lines it gives are kept only if each, measured whole, fits.
    private static List<(int Start, int End)>? Balanced(BidiParagraph paragraph, IReadOnlyList<int> breaks, TextShaper shaper, FontWeight weight,
        float size, float maxWidth, int lineCount)
    {
        var text = paragraph.Text;
        var starts = new List<int> { SkipSpaces(text, 0) };
        starts.AddRange(breaks.Where(b => b > starts[0]));
        var pieces = new List<(int Start, int End, float Width)>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = TrimEnd(text, starts[k], k + 1 < starts.Count ? starts[k + 1] : text.Length);
            if (end > starts[k]) pieces.Add((starts[k], end, shaper.Advance(paragraph, starts[k], end - starts[k], weight, size)));
        }
        if (pieces.Count < 2) return null;
        var space = shaper.Advance(BidiParagraph.Resolve(" "), 0, 1, weight, size);

        float lo = pieces.Max(p => p.Width), hi = maxWidth;
        if (lo >= hi) return null;
        List<(int From, int To)> Fill(float width)
        {
            var result = new List<(int, int)>();
            var from = 0;
            var current = pieces[0].Width;
            for (var k = 1; k < pieces.Count; k++)
            {
                var gap = pieces[k].Start > pieces[k - 1].End ? space : 0;
                if (current + gap + pieces[k].Width > width)
                {
                    result.Add((from, k));
                    (from, current) = (k, pieces[k].Width);
                }
                else current += gap + pieces[k].Width;
            }
            result.Add((from, pieces.Count));
            return result;
        }
        for (var step = 0; step < 12; step++)
        {
            var mid = (lo + hi) / 2;
            if (Fill(mid).Count <= lineCount) hi = mid;
            else lo = mid;
        }
        var lines = new List<(int, int)>();
        foreach (var (from, to) in Fill(hi))
        {
            var (start, end) = (pieces[from].Start, pieces[to - 1].End);
            if (shaper.Advance(paragraph, start, end - start, weight, size) > maxWidth) return null;
            lines.Add((start, end));
        }
        return lines.Count == lineCount ? lines : null;
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
}
