using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Tests.Platforms.Counting;

public class MastodonNoteCounterTests
{
    [Fact]
    public void Should_count_a_mention_with_domain_as_the_bare_user()
    {
        // Given a note mentioning a remote account
        var counter = new MastodonNoteCounter();

        // When counting
        var length = counter.Count("Ask @ops@mastodon.example");

        // Then '@ops@mastodon.example' counts as '@ops'
        Assert.Equal("Ask @ops".Length, length.Value);
    }

    [Fact]
    public void Should_count_a_known_url_as_23_characters()
    {
        // Given a TLD list that knows .com
        var counter = new MastodonNoteCounter(TopLevelDomains.Of(["com"]));

        // When counting a long link
        var length = counter.Count("Status: https://acme-air.com/status/of/every/flight/today");

        // Then the link counts 23
        Assert.Equal("Status: ".Length + 23, length.Value);
    }

    [Fact]
    public void Should_leave_a_schemeless_domain_as_plain_text()
    {
        // Given Mastodon links only URLs with a protocol
        var counter = new MastodonNoteCounter(TopLevelDomains.Of(["com"]));

        // When counting a bare domain
        var length = counter.Count("acme-air.com");

        // Then it counts character by character
        Assert.Equal(12, length.Value);
    }

    [Fact]
    public void Should_count_graphemes_not_code_points()
    {
        // Given a family emoji and a flag
        var counter = new MastodonNoteCounter();

        // When counting
        var length = counter.Count("👨‍👩‍👧‍👦🇪🇸");

        // Then each is one grapheme
        Assert.Equal(2, length.Value);
    }
}
