using SslaPublisher.Formatting;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// One paragraph of plain text with its bidi embedding levels (UAX #9, from ICU's <c>ubidi</c>: <see cref="IcuBidi"/>),
/// laid out line by line in visual order: enough for headlines that mix Arabic or Hebrew with Latin words, numbers,
/// hashtags and isolated values.
/// </summary>
/// <remarks>
/// The levels come from the same ICU implementation Chromium uses, so a banner orders "#24/7" (W5: a number
/// terminator joins its number), brackets (N0) and explicit embeddings as the promise page does. Line reordering
/// (L1, L2) is done here, per line, as it depends on where a line breaks.
/// </remarks>
public sealed class BidiParagraph
{
    private readonly int[] _levels;

    private BidiParagraph(string text, bool rightToLeft, int[] levels)
    {
        Text = text;
        IsRightToLeft = rightToLeft;
        _levels = levels;
    }

    /// <summary>The paragraph's text.</summary>
    public string Text { get; }

    /// <summary>The paragraph direction (from its first strong character, or the caller's choice).</summary>
    public bool IsRightToLeft { get; }

    /// <summary>Resolves the levels of <paramref name="text"/>; <paramref name="rightToLeft"/> forces the paragraph direction.</summary>
    public static BidiParagraph Resolve(string text, bool? rightToLeft = null)
    {
        var (rtl, levels) = ResolveLevels(text, rightToLeft);
        return new BidiParagraph(text, rtl, levels);
    }

    /// <summary>Wraps <paramref name="value"/> in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE.</summary>
    /// <remarks>
    /// Values inserted into a template sentence are isolated, as UAX #9 recommends, so that "15 minutes" inside an
    /// Arabic headline stays one left-to-right phrase instead of having its number and word swapped by the sentence
    /// around it.
    /// </remarks>
    public static string Isolate(string value) => value.Length == 0 ? value : $"\u2068{value}\u2069";

    private static (bool Rtl, int[] Levels) ResolveLevels(string text, bool? rightToLeft)
    {
        var (rtl, levels) = IcuBidi.Resolve(text, rightToLeft);
        return (rtl, Array.ConvertAll(levels, l => (int)l));
    }

    /// <summary>The runs of the line <c>[start, start+length)</c> in visual order, left to right.</summary>
    public IReadOnlyList<BidiRun> VisualRuns(int start, int length)
    {
        var levels = new int[length];
        Array.Copy(_levels, start, levels, 0, length);
        // L1: whitespace at the end of a line takes the paragraph level.
        var baseLevel = IsRightToLeft ? 1 : 0;
        for (var i = length - 1; i >= 0 && char.IsWhiteSpace(Text[start + i]); i--) levels[i] = baseLevel;

        var runs = new List<BidiRun>();
        for (var i = 0; i < length;)
        {
            var end = i + 1;
            while (end < length && levels[end] == levels[i]) end++;
            runs.Add(new BidiRun(start + i, end - i, levels[i]));
            i = end;
        }

        // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or above.
        if (runs.Count == 0) return runs;
        var highest = runs.Max(r => r.Level);
        var lowestOdd = runs.Where(r => r.IsRightToLeft).Select(r => r.Level).DefaultIfEmpty(highest + 1).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < runs.Count;)
            {
                if (runs[i].Level < level) { i++; continue; }
                var end = i;
                while (end < runs.Count && runs[end].Level >= level) end++;
                runs.Reverse(i, end - i);
                i = end;
            }
        }
        return runs;
    }
}
