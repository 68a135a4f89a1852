using System.Globalization;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>Splits a line into shaping runs: bidi runs in visual order, each split further by font fallback.</summary>
public static class TextRuns
{
    /// <summary>
    /// The font runs of the line <c>[start, start+length)</c> of <paramref name="paragraph"/>, in visual order (left to
    /// right on the page).
    /// </summary>
    /// <remarks>
    /// Fallback is chosen per grapheme cluster, so an emoji ZWJ sequence or a letter with its marks stays in one face.
    /// Spaces and punctuation stay in the face of the text before them when it has them: splitting an Arabic phrase at
    /// every space would cut it into separately shaped words with the wrong spacing.
    /// </remarks>
    public static IReadOnlyList<FontRun> Split(BidiParagraph paragraph, int start, int length, FontLibrary fonts, FontWeight weight)
    {
        var result = new List<FontRun>();
        foreach (var bidi in paragraph.VisualRuns(start, length))
        {
            var logical = SplitByFace(paragraph.Text, bidi, fonts, weight);
            // Inside a right-to-left run the logically first piece is the rightmost one.
            if (bidi.IsRightToLeft) logical.Reverse();
            result.AddRange(logical);
        }
        return result;
    }

    private static List<FontRun> SplitByFace(string text, BidiRun bidi, FontLibrary fonts, FontWeight weight)
    {
        var runs = new List<FontRun>();
        LoadedFace? current = null;
        var runStart = bidi.Start;
        for (var i = bidi.Start; i < bidi.End;)
        {
            var clusterLength = Math.Min(StringInfo.GetNextTextElementLength(text, i), bidi.End - i);
            var cluster = text.AsSpan(i, clusterLength);
            var neutral = IsNeutral(cluster);
            LoadedFace face;
            if (neutral && current is not null && current.Covers(cluster)) face = current;
            else face = fonts.FaceFor(cluster, weight);

            if (current is null)
            {
                current = face;
            }
            else if (!ReferenceEquals(face, current))
            {
                runs.Add(new FontRun(runStart, i - runStart, current, bidi.IsRightToLeft));
                current = face;
                runStart = i;
            }
            i += clusterLength;
        }
        if (current is not null) runs.Add(new FontRun(runStart, bidi.End - runStart, current, bidi.IsRightToLeft));
        return runs;
    }

    private static bool IsNeutral(ReadOnlySpan<char> cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            if (category is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.Format or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation))
                return false;
        }
        return true;
    }
}
