using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Tests.Platforms.Counting;

public class TwitterTextCounterTests
{
    private static readonly Lazy<TwitterTextCounter> WithTlds =
        new(() => new TwitterTextCounter(TwitterWeighting.V3, TwitterTextConformance.Tlds()));

    [Theory]
    [InlineData("WeightedTweetsWithDiscountedEmojiCounterTest")]
    [InlineData("UnicodeDirectionalMarkerCounterTest")]
    public void Should_agree_with_every_twitter_text_conformance_case(string group)
    {
        // Given twitter-text's own cases for config v3 and its TLD list
        var cases = TwitterTextConformance.Group(group);
        Assert.NotEmpty(cases);

        // When each text is counted
        var mismatches = cases
            .Select(c => (c.Description, Expected: c.WeightedLength, Actual: WithTlds.Value.Count(c.Text).Value))
            .Where(r => r.Expected != r.Actual)
            .Select(r => $"{r.Description}: expected {r.Expected}, counted {r.Actual}")
            .ToList();

        // Then every weighted length agrees
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Should_carry_the_same_weights_as_twitter_text_config_v3()
    {
        // Given the embedded configuration and twitter-text's config-v3.json
        var ours = TwitterWeighting.V3;
        using var theirs = TwitterTextConformance.ConfigV3();
        var root = theirs.RootElement;

        // Then every value matches
        Assert.Equal(root.GetProperty("version").GetInt32(), ours.Version);
        Assert.Equal(root.GetProperty("scale").GetInt32(), ours.Scale);
        Assert.Equal(root.GetProperty("defaultWeight").GetInt32(), ours.DefaultWeight);
        Assert.Equal(root.GetProperty("transformedURLLength").GetInt32(), ours.TransformedUrlLength);
        Assert.True(root.GetProperty("emojiParsingEnabled").GetBoolean());
        Assert.Equal(
            root.GetProperty("ranges").EnumerateArray().Select(r => new WeightedRange(
                r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32(), r.GetProperty("weight").GetInt32())),
            ours.Ranges);
    }

    [Theory]
    [InlineData("Flight help Mon–Fri 9–6 ET", 26)]
    [InlineData("故人西辞", 8)]
    [InlineData("👨‍👩‍👧‍👦", 2)]
    [InlineData("🇪🇸 ayuda", 8)]
    [InlineData("e\u0301", 1)]
    public void Should_weigh_text_by_code_point_range_and_emoji(string text, int expected)
    {
        // Given the built-in counter (no TLD list)
        var counter = new TwitterTextCounter();

        // When counting
        var length = counter.Count(text);

        // Then the weighted length is X's
        Assert.Equal(expected, length.Value);
    }

    [Fact]
    public void Should_report_the_plain_length_in_code_points_after_nfc()
    {
        // Given a family emoji (7 code points) and a decomposed é
        var text = "👨‍👩‍👧‍👦 e\u0301";

        // When counting
        var length = new TwitterTextCounter().Count(text);

        // Then weighted is 2 + 1 + 1 and plain counts every code point of the NFC form
        Assert.Equal(4, length.Value);
        Assert.Equal(9, length.Plain);
    }

    [Theory]
    [InlineData("see https://acme-air.example/refunds", 4 + 32)]
    [InlineData("see https://t.example", 4 + 23)]
    public void Should_never_count_an_unchecked_url_below_its_own_length_or_23(string text, int expected)
    {
        // Given no TLD list, so a URL-like text may or may not be linked by X
        var counter = new TwitterTextCounter();

        // When counting
        var length = counter.Count(text);

        // Then the larger of both readings is taken
        Assert.Equal(expected, length.Value);
    }

    [Fact]
    public void Should_count_a_checked_url_as_23_whatever_its_length()
    {
        // Given a TLD list that knows .com
        var counter = new TwitterTextCounter(TwitterWeighting.V3, TopLevelDomains.Of(["com"]));

        // When counting a 44-character URL
        var length = counter.Count("https://acme-air.com/refunds/and/more/things");

        // Then it counts as a t.co link
        Assert.Equal(23, length.Value);
        Assert.Equal(44, length.Plain);
    }
}
