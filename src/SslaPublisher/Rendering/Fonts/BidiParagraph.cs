using System.Globalization;
using System.Text;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// A small, documented subset of the Unicode Bidirectional Algorithm (UAX #9) for one paragraph of plain text:
/// enough for headlines that mix Arabic or Hebrew with Latin words and numbers.
/// </summary>
/// <remarks>
/// .NET exposes no bidi algorithm (its bidi classes are internal), so this is written by hand. What it does:
/// strong classes by script range (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms are
/// right-to-left; other letters left-to-right); combining marks take the type of the character before them (W1);
/// paragraph direction from the first strong character (P2–P3);
/// numbers after right-to-left text stay left-to-right inside it, one separator between digits joining them
/// (W2, W4, W7, I2); neutrals between two strong
/// characters of one direction take it, others take the paragraph's (N1–N2); trailing spaces of a line take the
/// paragraph level (L1); runs are reordered from the highest level down (L2); directional isolates (LRI, RLI,
/// FSI … PDI) are resolved on their own and count as one neutral outside (X5a–X6a), which is how inserted values
/// are kept whole. What it leaves out: explicit embeddings and overrides (LRE, RLE, LRO, RLO, PDF), bracket pairs
/// (N0), and number terminators such as % and currency signs (W5). HarfBuzz mirrors brackets in right-to-left runs itself.
/// </remarks>
public sealed class BidiParagraph
{
    private enum Kind { Left, Right, Number, Neutral }

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
        var kinds = new Kind[text.Length];
        for (var i = 0; i < text.Length;)
        {
            // A lone surrogate decodes as U+FFFD (a neutral) instead of throwing: the text is untrusted.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            // W1: a combining mark (a Devanagari vowel sign, a variation selector) takes the type of what it sits on.
            var kind = i > 0 && Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                ? kinds[i - 1]
                : Classify(rune);
            for (var k = 0; k < consumed; k++) kinds[i + k] = kind;
            i += Math.Max(consumed, 1);
        }
        // W4: one separator between two digits joins them into one number (9:00, 1,000, 3.5).
        for (var i = 1; i < text.Length - 1; i++)
            if (text[i] is ',' or '.' or ':' or '/' or '\u00A0' && kinds[i - 1] == Kind.Number && kinds[i + 1] == Kind.Number)
                kinds[i] = Kind.Number;
        // X5a–X6a: an isolate (initiator to its PDI) counts as one neutral outside; its content is resolved on its own.
        var isolates = FindIsolates(text);
        foreach (var (start, end) in isolates)
            for (var k = start; k < end; k++) kinds[k] = Kind.Neutral;

        var rtl = rightToLeft ?? FirstStrongIsRight(kinds);
        var baseLevel = rtl ? 1 : 0;
        var levels = new int[text.Length];
        // W2/W7: a number takes the direction of the strong character before it (the paragraph's at the start).
        var lastStrong = rtl ? Kind.Right : Kind.Left;
        var resolved = new Kind[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (kinds[i] is Kind.Left or Kind.Right) lastStrong = kinds[i];
            resolved[i] = kinds[i] == Kind.Number ? (lastStrong == Kind.Right ? Kind.Number : Kind.Left) : kinds[i];
        }

        // N1/N2: a run of neutrals between two characters of one direction (numbers count as right-to-left) takes it.
        for (var i = 0; i < text.Length;)
        {
            if (resolved[i] != Kind.Neutral) { i++; continue; }
            var end = i;
            while (end < text.Length && resolved[end] == Kind.Neutral) end++;
            var before = i == 0 ? (rtl ? Kind.Right : Kind.Left) : AsStrong(resolved[i - 1]);
            var after = end == text.Length ? (rtl ? Kind.Right : Kind.Left) : AsStrong(resolved[end]);
            var kind = before == after ? before : (rtl ? Kind.Right : Kind.Left);
            for (var k = i; k < end; k++) resolved[k] = kind;
            i = end;
        }

        // I1/I2: levels from the resolved types.
        for (var i = 0; i < text.Length; i++)
        {
            levels[i] = (resolved[i], baseLevel) switch
            {
                (Kind.Left, 0) => 0,
                (Kind.Left, _) => 2,
                (Kind.Right, _) => 1,
                _ => 2, // numbers after right-to-left text
            };
        }
        foreach (var (start, end) in isolates)
        {
            var initiator = text[start];
            var closed = end > start + 1 && text[end - 1] == PopIsolate;
            var content = text[(start + 1)..(closed ? end - 1 : end)];
            var (innerRtl, inner) = ResolveLevels(content, initiator switch { LeftIsolate => false, RightIsolate => true, _ => null });
            // The content's base level is the next even (left-to-right) or odd (right-to-left) level above the paragraph's.
            var innerBase = innerRtl ? (baseLevel == 0 ? 1 : 3) : 2;
            var shift = innerBase - (innerRtl ? 1 : 0);
            for (var k = 0; k < inner.Length; k++) levels[start + 1 + k] = inner[k] + shift;
        }
        return (rtl, levels);
    }

    private const char LeftIsolate = '\u2066', RightIsolate = '\u2067', FirstStrongIsolate = '\u2068', PopIsolate = '\u2069';

    // Top-level isolates as [start, end) spans including their initiator and PDI (an unclosed one runs to the end).
    private static List<(int Start, int End)> FindIsolates(string text)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (LeftIsolate or RightIsolate or FirstStrongIsolate)) continue;
            var depth = 1;
            var j = i + 1;
            for (; j < text.Length && depth > 0; j++)
            {
                if (text[j] is LeftIsolate or RightIsolate or FirstStrongIsolate) depth++;
                else if (text[j] == PopIsolate) depth--;
            }
            spans.Add((i, j));
            i = j - 1;
        }
        return spans;
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

    private static Kind AsStrong(Kind kind) => kind == Kind.Number ? Kind.Right : kind;

    private static bool FirstStrongIsRight(Kind[] kinds)
    {
        foreach (var kind in kinds)
        {
            if (kind == Kind.Left) return false;
            if (kind == Kind.Right) return true;
        }
        return false;
    }

    private static Kind Classify(Rune rune)
    {
        var v = rune.Value;
        if (v is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF))
            return IsDigit(v) ? Kind.Number : (Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark ? Kind.Right : Kind.Neutral);
        if (IsDigit(v)) return Kind.Number;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.LetterNumber => Kind.Left,
            _ => Kind.Neutral,
        };
    }

    // European digits, Arabic-Indic and extended Arabic-Indic digits.
    private static bool IsDigit(int v) => v is (>= '0' and <= '9') or (>= 0x0660 and <= 0x0669) or (>= 0x06F0 and <= 0x06F9);
}
