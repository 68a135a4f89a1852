using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Tests.Rendering.Fonts;

public class TextShaperTests
{
    private static readonly TextShaper Shaper = new(FontLibrary.Default);

    private static IReadOnlyList<FontRun> Runs(string text) =>
        TextRuns.Split(BidiParagraph.Resolve(text), 0, text.Length, Shaper.Fonts, FontWeight.Regular);

    [Theory]
    [InlineData("We reply within 15 minutes", "Inter")]
    [InlineData("مرحبا", "Noto Sans Arabic")]
    [InlineData("שלום", "Noto Sans Hebrew")]
    [InlineData("नमस्ते", "Noto Sans Devanagari")]
    [InlineData("返信します", "Noto Sans CJK")]
    [InlineData("✈️", "Noto Color Emoji")]
    [InlineData("👩🏽‍🚒", "Noto Color Emoji")]
    public void Should_draw_each_script_with_a_bundled_face_that_has_it(string text, string face)
    {
        // When the text is split into font runs and shaped
        var runs = Runs(text);
        var shaped = Shaper.Shape(text, FontWeight.Regular, 40);

        // Then one face that covers it draws it, and it has real width and ink (not a silent blank)
        Assert.Equal([face], runs.Select(r => r.Face.Face.Name).Distinct());
        Assert.True(shaped.Width > 10, $"width {shaped.Width}");
        Assert.False(shaped.InkBounds.IsEmpty);
        Assert.DoesNotContain(shaped.Runs.SelectMany(r => r.Glyphs), g => g == 0);
    }

    [Fact]
    public void Should_join_Arabic_letters_into_their_contextual_forms()
    {
        // Given one Arabic letter alone and three in a row
        var alone = Shaper.Shape("ب", FontWeight.Regular, 40);
        var joined = Shaper.Shape("ببب", FontWeight.Regular, 40);

        // Then HarfBuzz uses other (initial, medial, final) glyphs, which connect and so take less room than three isolated ones
        var aloneGlyphs = alone.Runs.SelectMany(r => r.Glyphs).ToHashSet();
        Assert.Contains(joined.Runs.SelectMany(r => r.Glyphs), g => !aloneGlyphs.Contains(g));
        Assert.True(joined.Width < 3 * alone.Width * 0.9, $"{joined.Width} vs 3 x {alone.Width}");
    }

    [Fact]
    public void Should_split_mixed_Arabic_and_Latin_into_runs_by_face_and_direction_in_visual_order()
    {
        // Given an Arabic sentence that names a Latin brand
        const string text = "تواصل مع Acme الآن";

        // When it is split for shaping
        var runs = Runs(text);

        // Then visually: the last Arabic word leftmost, the brand in Inter, the first Arabic words rightmost (the spaces
        // between them are Inter's, as Chromium draws them)
        Assert.Equal(
            [("الآن", true, "Noto Sans Arabic"), ("Acme", false, "Inter"), ("مع", true, "Noto Sans Arabic"), ("تواصل", true, "Noto Sans Arabic")],
            runs.Select(r => (text.Substring(r.Start, r.Length).Trim(), r.IsRightToLeft, r.Face.Face.Name)).Where(r => r.Item1.Length > 0).ToArray());
    }

    [Theory]
    [InlineData("*❤", new[] { "*❤" })]
    [InlineData("* new❤ *☀", new[] { "* new❤ *☀" })]
    [InlineData("*❤️", new[] { "*", "❤️" })]
    [InlineData("*❤︎", new[] { "*", "❤︎" })]
    [InlineData("a🚀", new[] { "a", "🚀" })]
    public void Should_shape_a_symbol_drawn_as_text_with_the_text_around_it_and_emoji_apart(string text, string[] expected)
    {
        // When a pictograph without a selector (❤, ☀: text by default) follows an asterisk, and when one asks for
        // emoji (VS16, or 🚀, emoji by default) or for text with VS15
        var runs = Runs(text);

        // Then the text-default one is shaped in the same run, so Inter's asterisk takes the form it has before a
        // symbol, as Chromium draws it (7 px wider at 64 px); the others are segmented apart, as Chromium does
        Assert.Equal(expected, runs.Select(r => text.Substring(r.Start, r.Length)).ToArray());
    }

    private static int RunOf(string text, string part, ScriptRunMap runs) => runs[text.IndexOf(part, StringComparison.Ordinal)];

    [Fact]
    public void Should_give_a_closing_bracket_the_script_its_opening_one_followed()
    {
        // Given a Latin word in brackets after Devanagari, then an asterisk and a Latin word
        const string text = "नमस्ते (help) *Mon";
        var runs = ScriptRuns.Of(BidiParagraph.Resolve(text));

        // Then ") *" is a run of its own (Devanagari, as the "(" was), apart from "help" and from "Mon", as browsers
        // itemize it: Inter's asterisk is not shaped in the form it takes before a capital
        Assert.Equal(RunOf(text, ")", runs), RunOf(text, "*", runs));
        Assert.NotEqual(RunOf(text, "help", runs), RunOf(text, ")", runs));
        Assert.NotEqual(RunOf(text, "Mon", runs), RunOf(text, "*", runs));
    }

    [Fact]
    public void Should_keep_punctuation_after_Hebrew_in_the_Hebrew_run_though_it_is_laid_out_with_the_Latin_after_it()
    {
        // Given Hebrew, then " *Mon" (left to right in a left-to-right paragraph)
        const string text = "נענה תוך 15 דקות *Mon–Fri";
        var runs = ScriptRuns.Of(BidiParagraph.Resolve(text));

        // Then " *" belongs to the Hebrew script run, on the logical text, and "Mon" starts a new one
        Assert.Equal(RunOf(text, "דקות", runs), RunOf(text, "*", runs));
        Assert.NotEqual(RunOf(text, "Mon", runs), RunOf(text, "*", runs));
        Assert.Equal(["Mon–Fri"], Runs(text).Select(r => text.Substring(r.Start, r.Length)).Where(t => t.Contains("Mon", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("✈️ ", "✈️")]
    [InlineData("🚀 ", "🚀")]
    [InlineData("⭐ #1", "⭐")]
    public void Should_draw_spaces_and_punctuation_after_an_emoji_in_the_text_face(string text, string emoji)
    {
        // When a space (and '#', '1') follows an emoji
        var runs = Runs(text);
        var after = text[emoji.Length..];

        // Then they are Inter's, and as wide as Inter draws them alone (a normal space at 100 px, not an emoji-wide one)
        Assert.Equal("Noto Color Emoji", runs[0].Face.Face.Name);
        Assert.All(runs.Skip(1), r => Assert.Equal("Inter", r.Face.Face.Name));
        var width = Shaper.MeasureWidth(text, FontWeight.Regular, 100) - Shaper.MeasureWidth(emoji, FontWeight.Regular, 100);
        Assert.Equal(Shaper.MeasureWidth(after, FontWeight.Regular, 100), width, 0.5f);
    }

    [Theory]
    [InlineData("❤️", "Noto Color Emoji")]
    [InlineData("✈️", "Noto Color Emoji")]
    [InlineData("☀︎", "Inter")]
    [InlineData("#️⃣", "Noto Color Emoji")]
    [InlineData("#", "Inter")]
    public void Should_choose_emoji_or_text_presentation_from_the_variation_selector(string text, string face)
    {
        // VS16 asks for the colour face even where a text face has the symbol; VS15 and plain ASCII never get it
        Assert.Equal([face], Runs(text).Select(r => r.Face.Face.Name));
    }

    [Fact]
    public void Should_draw_a_heart_with_VS16_in_colour_in_badges_whose_first_face_has_a_text_heart()
    {
        // Given the badges' library, DejaVu Sans first (it has a black ❤ of its own)
        var badgeFonts = FontLibrary.Default.WithPrimary("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

        // Then ❤ alone is DejaVu's and ❤️ the colour emoji
        Assert.Equal("DejaVu Sans", badgeFonts.FaceFor("❤", FontWeight.Regular).Face.Name);
        Assert.Equal("Noto Color Emoji", badgeFonts.FaceFor("❤️", FontWeight.Regular).Face.Name);
    }

    [Fact]
    public void Should_shape_Hebrew_and_Arabic_in_one_face_as_separate_scripts()
    {
        // Given Hebrew then Arabic, both in DejaVu Sans (the badges' first face)
        var badgeFonts = FontLibrary.Default.WithPrimary("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
        const string text = "נענה مرحبا";
        var runs = TextRuns.Split(BidiParagraph.Resolve(text), 0, text.Length, badgeFonts, FontWeight.Regular);

        // Then the Arabic word is a run of its own, so HarfBuzz joins its letters
        Assert.Contains(runs, r => text.Substring(r.Start, r.Length) == "مرحبا");
    }

    [Fact]
    public void Should_measure_width_in_proportion_to_the_size()
    {
        // The badges measure text with this API; unhinted widths scale linearly
        var small = Shaper.MeasureWidth("Reply within 15m", FontWeight.Regular, 11);
        var large = Shaper.MeasureWidth("Reply within 15m", FontWeight.Regular, 110);
        Assert.Equal(small * 10, large, 0.01f);
    }
}
