using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Tests.Rendering.Fonts;

public class BidiParagraphTests
{
    private static List<string> Visual(string text, bool? rtl = null)
    {
        var paragraph = BidiParagraph.Resolve(text, rtl);
        return [.. paragraph.VisualRuns(0, text.Length).Select(r => text.Substring(r.Start, r.Length).Trim()).Where(s => s.Length > 0)];
    }

    [Fact]
    public void Should_take_the_paragraph_direction_from_the_first_strong_character()
    {
        Assert.True(BidiParagraph.Resolve("123 مرحبا Acme").IsRightToLeft);
        Assert.False(BidiParagraph.Resolve("@Acme مرحبا").IsRightToLeft);
        Assert.False(BidiParagraph.Resolve("123 !").IsRightToLeft);
    }

    [Fact]
    public void Should_order_mixed_Arabic_and_Latin_right_to_left_in_an_Arabic_sentence()
    {
        // Given an Arabic sentence with a Latin brand name in the middle
        // When its runs are put in visual order
        var runs = Visual("نرد على Acme Air بسرعة");

        // Then the first Arabic words are rightmost, the Latin name keeps its own order in the middle
        Assert.Equal(["بسرعة", "Acme Air", "نرد على"], runs);
    }

    [Fact]
    public void Should_keep_an_Arabic_phrase_in_right_to_left_order_inside_a_Latin_sentence()
    {
        // Given an English sentence quoting two Arabic words
        var runs = Visual("We say مرحبا بكم to everyone");

        // Then the English stays left to right around one right-to-left run
        Assert.Equal(["We say", "مرحبا بكم", "to everyone"], runs);
    }

    [Fact]
    public void Should_keep_numbers_left_to_right_inside_right_to_left_text()
    {
        // Given Hebrew text with a time range
        const string text = "פתוח 9:00–18:00 היום";
        var paragraph = BidiParagraph.Resolve(text);

        // Then the digits and their separator form left-to-right runs and the range reads from the right
        var runs = paragraph.VisualRuns(0, text.Length).Select(r => (Text: text.Substring(r.Start, r.Length), r.IsRightToLeft)).ToList();
        Assert.Contains(("9:00", false), runs);
        Assert.Contains(("18:00", false), runs);
        Assert.True(runs.FindIndex(r => r.Text == "18:00") < runs.FindIndex(r => r.Text == "9:00"));
    }

    [Fact]
    public void Should_keep_a_number_terminator_with_its_number_in_right_to_left_text()
    {
        // Given Hebrew text with a hashtag number (W5: '#' next to European digits is part of the number; after
        // Arabic letters the digits are Arabic numbers, to which W5 does not apply)
        const string text = "פתוח #24/7 היום";
        var paragraph = BidiParagraph.Resolve(text);

        // Then "#24/7" is one left-to-right run, as Chromium (ICU's bidi) lays it out
        var runs = paragraph.VisualRuns(0, text.Length).Select(r => (Text: text.Substring(r.Start, r.Length).Trim(), r.IsRightToLeft)).ToList();
        Assert.Contains(("#24/7", false), runs);
    }

    [Fact]
    public void Should_keep_an_isolated_value_whole_inside_a_sentence_of_the_other_direction()
    {
        // Given an Arabic headline with an English reply time inserted as a value
        var text = "نرد خلال " + BidiParagraph.Isolate("15 minutes") + " على X";

        // When its runs are put in visual order
        var runs = Visual(text);

        // Then "15 minutes" stays one phrase in reading order (without the isolate UAX #9 swaps it to "minutes 15")
        Assert.Contains(runs, r => r.Trim('\u2068', '\u2069') == "15 minutes");
        Assert.DoesNotContain(Visual("نرد خلال 15 minutes على X"), r => r == "15 minutes");
    }

    [Fact]
    public void Should_not_throw_on_a_lone_surrogate()
    {
        // Given untrusted text with a broken surrogate pair
        var runs = Visual("Acme \uD83D Air");

        // Then it is treated as a neutral character
        Assert.Equal(["Acme \uD83D Air"], runs);
    }
}
