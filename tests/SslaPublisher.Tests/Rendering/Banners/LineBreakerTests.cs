using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Tests.Rendering.Banners;

public class LineBreakerTests
{
    private static readonly TextShaper Shaper = new(FontLibrary.Default);

    private static List<string> LinesOf(string text, float maxWidth)
    {
        var paragraph = BidiParagraph.Resolve(text);
        var lines = LineBreaker.Break(paragraph, Shaper, FontWeight.Regular, 40, maxWidth);
        // Re-derive the text of each line from its width order: lines are consecutive slices of the text.
        var words = new List<string>();
        var rest = text;
        foreach (var line in lines)
        {
            var taken = Enumerable.Range(1, rest.Length).Select(n => rest[..n].TrimEnd())
                .First(candidate => Math.Abs(Shaper.MeasureWidth(candidate, FontWeight.Regular, 40) - line.Width) < 0.01f);
            words.Add(taken);
            rest = rest[taken.Length..].TrimStart();
        }
        return words;
    }

    [Fact]
    public void Should_wrap_on_spaces_and_never_inside_a_word()
    {
        // Given a sentence wider than the box
        var lines = LinesOf("We reply within fifteen minutes on weekdays", 400);

        // Then it wraps into whole words, each line fitting
        Assert.True(lines.Count > 1);
        Assert.Equal("We reply within fifteen minutes on weekdays", string.Join(' ', lines));
        Assert.All(lines, l => Assert.True(Shaper.MeasureWidth(l, FontWeight.Regular, 40) <= 400, l));
    }

    [Fact]
    public void Should_keep_a_number_and_its_unit_together_across_a_no_break_space()
    {
        // Given a headline whose reply time uses a no-break space
        var text = "We reply within 15\u00A0minutes";

        // Then no break opportunity falls between "15" and "minutes"
        var breaks = LineBreaker.Opportunities(text);
        Assert.DoesNotContain(text.IndexOf("minutes", StringComparison.Ordinal), breaks);
        Assert.Contains(text.IndexOf("15", StringComparison.Ordinal), breaks);
    }

    [Fact]
    public void Should_allow_breaks_between_CJK_characters_but_not_before_closing_punctuation()
    {
        // Given Japanese text, which has no spaces
        const string text = "返信します。お気軽に";

        // Then it may break between ideographs and kana, but never before 。
        var breaks = LineBreaker.Opportunities(text);
        Assert.Contains(1, breaks);
        Assert.DoesNotContain(text.IndexOf('。'), breaks);
        Assert.Contains(text.IndexOf('。') + 1, breaks);
    }
}
