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

    private static List<string> Sliced(string text, float maxWidth, string language, float size = 40)
    {
        var lines = LineBreaker.Lines(BidiParagraph.Resolve(text), Shaper, FontWeight.Bold, size, maxWidth, language);
        return [.. lines.Select(l => text.Substring(l.Start, l.Length))];
    }

    [Fact]
    public void Should_break_Japanese_between_phrases_not_inside_words()
    {
        // Given a Japanese headline, which has no spaces
        const string text = "4\u00A0時間以内に返信します";

        // When its break opportunities are found with the Japanese rules
        var breaks = LineBreaker.Opportunities(text, "ja");

        // Then lines may break between phrases (4 時間 | 以内に | 返信します), never inside 時間 or 返信
        Assert.DoesNotContain(text.IndexOf('間'), breaks);
        Assert.DoesNotContain(text.IndexOf('信'), breaks);
        Assert.Contains(text.IndexOf('返'), breaks);
    }

    [Theory]
    [InlineData("Mon–Fri 9:00–18:00 · Sat 10:00–14:00", "en")]
    [InlineData("月–金 9:00–18:00 · 土 10:00–14:00", "ja")]
    [InlineData("Our promise: promise.acme-air.example/ssla", "en")]
    public void Should_never_break_inside_a_time_range_a_day_range_or_an_address(string text, string language)
    {
        // When the break opportunities are found
        var breaks = LineBreaker.Opportunities(text, language);

        // Then every one follows a space: none after a dash or inside an address
        Assert.NotEmpty(breaks);
        Assert.All(breaks, b => Assert.True(text[b - 1] == ' ', $"break at {b} in \"{text}\" after '{text[b - 1]}'"));
    }

    [Theory]
    [InlineData("We reply within 15\u00A0minutes", "en", 420)]
    [InlineData("Wir antworten innerhalb von 2\u00A0Werktagen", "de", 520)]
    [InlineData("4\u00A0時間以内に返信します", "ja", 330)]
    [InlineData("15分以内に返信します。お気軽にご連絡ください", "ja", 500)]
    [InlineData("我们在2小时内回复您的消息", "zh-Hans", 360)]
    public void Should_balance_lines_so_the_last_is_never_a_lone_word_or_character(string text, string language, float width)
    {
        // When a headline wraps
        var lines = Sliced(text, width, language);

        // Then it takes more than one line, each within the width, and the last holds more than one word or character
        Assert.True(lines.Count > 1, string.Join(" | ", lines));
        Assert.All(LineBreaker.Break(BidiParagraph.Resolve(text), Shaper, FontWeight.Bold, 40, width, language), l => Assert.True(l.Width <= width));
        var last = lines[^1];
        var units = language is "ja" or "zh-Hans" ? last.Length : last.Split(' ', '\u00A0').Length;
        Assert.True(units > 1, $"last line alone: {string.Join(" | ", lines)}");
        // and no line is much longer than the others (balanced, not greedy)
        var widths = lines.Select(l => Shaper.MeasureWidth(l, FontWeight.Bold, 40)).ToList();
        Assert.True(widths.Min() > widths.Max() * 0.4, string.Join(" | ", lines));
    }
}
