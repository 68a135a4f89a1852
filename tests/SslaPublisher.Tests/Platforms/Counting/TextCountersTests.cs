using SslaPublisher.Platforms;
using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Tests.Platforms.Counting;

public class TextCountersTests
{
    [Theory]
    [InlineData("👨‍👩‍👧‍👦 é", CountingRule.Graphemes, 3)]
    [InlineData("👨‍👩‍👧‍👦 é", CountingRule.Characters, 13)]
    [InlineData("👨‍👩‍👧‍👦 é", CountingRule.TwitterWeighted, 4)]
    public void Should_count_by_the_rule_of_each_counter(string text, CountingRule rule, int expected)
    {
        // Given the counter for a rule
        var counter = TextCounters.For(rule);

        // When counting
        var length = counter.Count(text);

        // Then the rule decides
        Assert.Equal(rule, counter.Rule);
        Assert.Equal(expected, length.Value);
    }

    [Fact]
    public void Should_check_both_weighted_and_plain_length_when_the_rule_is_unconfirmed()
    {
        // Given X's catalog entry (weighting for bios unconfirmed) and a text whose URL shortening hides its length
        var spec = PlatformCatalog.Default[PlatformId.X].Bio;
        var text = new string('a', 150) + " https://t.example/abcdefgh";

        // When checking
        var check = TextCounters.Check(text, spec);

        // Then the plain length is checked too and decides
        Assert.Equal(177, check.Length);
        Assert.Equal(177, check.PlainLength);
        Assert.False(check.Fits);
        Assert.Equal("177/160 weighted, 177/160 plain", check.ToString());
    }

    [Fact]
    public void Should_report_count_over_limit_from_the_catalog()
    {
        // Given Bluesky's catalog entry (graphemes, confirmed)
        var spec = PlatformCatalog.Default[PlatformId.Bluesky].Bio;

        // When checking a short text
        var check = TextCounters.Check("Help desk 🇬🇧", spec);

        // Then it reads count/limit with no plain length
        Assert.True(check.Fits);
        Assert.Null(check.PlainLength);
        Assert.Equal($"11/{spec.Limit}", check.ToString());
    }
}
