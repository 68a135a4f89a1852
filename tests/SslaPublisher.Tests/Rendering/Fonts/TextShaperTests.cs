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

        // Then visually: the last Arabic word leftmost, the brand in Inter, the first Arabic words rightmost
        Assert.Equal(
            [("الآن", true, "Noto Sans Arabic"), ("Acme", false, "Inter"), ("تواصل مع", true, "Noto Sans Arabic")],
            runs.Select(r => (text.Substring(r.Start, r.Length).Trim(), r.IsRightToLeft, r.Face.Face.Name)).Where(r => r.Item1.Length > 0).ToArray());
    }

    [Fact]
    public void Should_keep_spaces_in_the_face_of_the_words_around_them()
    {
        // Given an Arabic phrase with spaces (Inter, first in the chain, also has a space glyph)
        var runs = Runs("نرد خلال ساعة");

        // Then the phrase is one run, shaped as a whole
        Assert.Single(runs);
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
