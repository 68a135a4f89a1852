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
    /// Spaces and punctuation take the first face that has them, as Chromium's shaper does (it shapes with the first
    /// font and fills only the missing glyphs from the next): the space between two Arabic words, or after an emoji,
    /// is the primary face's space, never the colour emoji face's emoji-wide one. Runs also end where the script
    /// run changes (<see cref="ScriptRuns"/>), as HarfBuzz shapes one script at a time and Chromium segments so,
    /// and where Chromium's emoji segment changes (<see cref="EmojiPresentation.SegmentOf"/>: 🚀 or ❤️ apart from the
    /// text, a plain ❤ with it).
    /// </remarks>
    public static IReadOnlyList<FontRun> Split(BidiParagraph paragraph, int start, int length, FontLibrary fonts, FontWeight weight)
    {
        var result = new List<FontRun>();
        foreach (var bidi in paragraph.VisualRuns(start, length))
        {
            var logical = SplitByFace(paragraph, bidi, fonts, weight);
            // Inside a right-to-left run the logically first piece is the rightmost one.
            if (bidi.IsRightToLeft) logical.Reverse();
            result.AddRange(logical);
        }
        return result;
    }

    private static List<FontRun> SplitByFace(BidiParagraph paragraph, BidiRun bidi, FontLibrary fonts, FontWeight weight)
    {
        var text = paragraph.Text;
        var scriptRuns = ScriptRuns.Of(paragraph);
        var runs = new List<FontRun>();
        LoadedFace? current = null;
        var segment = EmojiSegment.Text;
        var runStart = bidi.Start;
        for (var i = bidi.Start; i < bidi.End;)
        {
            var clusterLength = Math.Min(StringInfo.GetNextTextElementLength(text, i), bidi.End - i);
            var cluster = text.AsSpan(i, clusterLength);
            var face = fonts.FaceFor(cluster, weight);
            var clusterSegment = EmojiPresentation.SegmentOf(cluster);
            if (current is not null && (!ReferenceEquals(face, current) || clusterSegment != segment || scriptRuns[i] != scriptRuns[i - 1]))
            {
                runs.Add(new FontRun(runStart, i - runStart, current, bidi.IsRightToLeft, scriptRuns.ScriptAt(runStart)));
                runStart = i;
            }
            (current, segment) = (face, clusterSegment);
            i += clusterLength;
        }
        if (current is not null) runs.Add(new FontRun(runStart, bidi.End - runStart, current, bidi.IsRightToLeft, scriptRuns.ScriptAt(runStart)));
        return runs;
    }
}
