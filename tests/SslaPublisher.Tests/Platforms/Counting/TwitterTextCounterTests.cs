using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Tests.Platforms.Counting;

public class TwitterTextCounterTests
{
    private const int GeneratedCount = 10_000;

    private static readonly Lazy<TwitterTextCounter> WithTlds =
        new(() => new TwitterTextCounter(TwitterWeighting.V3, TwitterTextOracle.Info.Tlds, countUnknownTlds: false));

    private static IReadOnlyList<string> AllTexts() =>
        [.. TwitterTextSamples.Cases.Select(c => c.Text), .. TwitterTextSamples.Generated(GeneratedCount)];

    [Fact]
    public void Should_be_checked_against_the_pinned_twitter_text()
    {
        // Given the package node runs
        var version = TwitterTextOracle.Info.Version;

        // Then it is the release package-lock.json pins
        Assert.Equal("3.1.0", version);
    }

    [Fact]
    public void Should_count_every_text_as_parse_tweet_does_when_given_its_tld_list()
    {
        // Given the hand-written cases and 10,000 generated strings, and twitter-text's own TLD list
        var texts = AllTexts();

        // When twitter-text's parseTweet and our counter count each
        var expected = TwitterTextOracle.Tweet(texts);
        var actual = texts.Select(t => WithTlds.Value.Count(t)).ToList();

        // Then the weighted and plain lengths agree on every text
        var mismatches = texts.Select((t, i) => (Text: t, Expected: expected[i], Actual: actual[i]))
            .Where(r => r.Expected.Weighted != r.Actual.Value || r.Expected.Plain != r.Actual.Plain)
            .Select(r => $"{Escaped(r.Text)}: parseTweet {r.Expected.Weighted}/{r.Expected.Plain}, ours {r.Actual.Value}/{r.Actual.Plain}")
            .ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {texts.Count} differ:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(40))}");
    }

    [Fact]
    public void Should_count_every_text_by_the_documented_bio_rule()
    {
        // Given the same texts and the built-in counter (twitter-text's TLDs, unknown TLDs counted cautiously)
        var texts = AllTexts();
        var counter = new TwitterTextCounter();

        // When twitter-text computes the documented rule (its URLs count 23; between them, URL-shaped text with any
        // letter TLD counts max(23, its own length))
        var expected = TwitterTextOracle.Bio(texts);
        var actual = texts.Select(t => counter.Count(t).Value).ToList();

        // Then every weighted length agrees
        var mismatches = texts.Select((t, i) => (Text: t, Expected: expected[i], Actual: actual[i]))
            .Where(r => r.Expected != r.Actual)
            .Select(r => $"{Escaped(r.Text)}: rule {r.Expected}, ours {r.Actual}")
            .ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {texts.Count} differ:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(40))}");
    }

    [Fact]
    public void Should_never_count_a_bio_below_parse_tweet()
    {
        // Given the texts, counted by the built-in (bio) counter and by parseTweet
        var texts = AllTexts();
        var tweet = TwitterTextOracle.Tweet(texts);
        var counter = new TwitterTextCounter();

        // Then the bio count is never the smaller: a bio that fits for us fits for X
        var below = texts.Where((t, i) => counter.Count(t).Value < tweet[i].Weighted).Select(Escaped).ToList();
        Assert.True(below.Count == 0, string.Join(Environment.NewLine, below.Take(40)));
    }

    [Fact]
    public void Should_generate_texts_of_every_kind_the_test_claims()
    {
        // Given the generated texts
        var texts = TwitterTextSamples.Generated(GeneratedCount);

        // Then they hold ZWJ sequences, skin tones, VS16, CJK, combining marks, URLs with and without a scheme, mentions
        Assert.Equal(GeneratedCount, texts.Count);
        Assert.Contains(texts, t => t.Contains('\u200D', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\U0001F3FD", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('\uFE0F', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('故', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('\u0301', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("https://", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(" acme-air.com", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("@acme", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_embed_twitter_text_s_tld_list()
    {
        // Given the embedded list and the npm package's
        var ours = TopLevelDomains.TwitterText.Names;
        var theirs = TwitterTextOracle.Info.Tlds.Names;

        // Then they hold the same names
        Assert.Equal(theirs.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_embed_twitter_text_s_url_expressions()
    {
        // Given the embedded expressions and the npm package's, TLD lists left out of both
        var embedded = typeof(UrlFinder).Assembly.GetManifestResourceStream("SslaPublisher.Platforms.Counting.twitter-text-url.json")!;
        using var ours = System.Text.Json.JsonDocument.Parse(embedded);

        // Then every expression is the same text
        var theirs = TwitterTextOracle.UrlPatterns();
        Assert.Equal(theirs.Count, ours.RootElement.EnumerateObject().Count());
        foreach (var (name, pattern) in theirs) Assert.Equal(pattern, ours.RootElement.GetProperty(name).GetString());
    }

    [Fact]
    public void Should_embed_the_emoji_expression_of_twitter_text_s_emoji_parser()
    {
        // Given the embedded expression and the one twitter-text's parseTweet uses
        var embedded = typeof(TwitterTextCounter).Assembly.GetManifestResourceStream("SslaPublisher.Platforms.Counting.twemoji-parser-regex.txt")!;
        using var reader = new StreamReader(embedded);

        // Then they are the same text
        Assert.Equal(TwitterTextOracle.Info.EmojiPattern, reader.ReadToEnd().Trim());
    }

    [Fact]
    public void Should_carry_the_same_weights_as_twitter_text_config_v3()
    {
        // Given the embedded configuration and twitter-text's configs.version3
        var ours = TwitterWeighting.V3;
        var root = TwitterTextOracle.Info.ConfigV3;

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

    // Non-ASCII shown as \uXXXX so a failure message says exactly which code points differ.
    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));

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
        // Given the built-in counter, and a TLD twitter-text's list does not know (X may add it one day)
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
