using SslaPublisher.Rendering.Agreement;

namespace SslaPublisher.Tests.Rendering.Agreement;

/// <summary>agreement.md keeps the safe links of prose fields and drops the others, keeping their text.</summary>
public class MarkdownLinkFilterTests
{
    [Theory]
    [InlineData("see [the brief](https://acme.example/brief) now", "see [the brief](https://acme.example/brief) now")]
    [InlineData("see [**the** brief](javascript:alert(1)) now", "see the brief now")]
    [InlineData("see [x](JavaScript:alert(1)) and ![logo](data:image/png;base64,AAAA)", "see x and logo")]
    [InlineData("mail [us](mailto:a@acme.example)", "mail [us](mailto:a@acme.example)")]
    [InlineData("[![img](javascript:a)](https://acme.example)", "[img](https://acme.example)")]
    public void Should_keep_safe_links_and_drop_unsafe_ones(string prose, string expected)
    {
        Assert.Equal(expected, MarkdownLinkFilter.KeepSafeLinks(prose));
    }

    [Fact]
    public void Should_drop_a_reference_link_and_its_definition_when_the_target_is_unsafe()
    {
        var kept = MarkdownLinkFilter.KeepSafeLinks("see [x][evil]\n\n[evil]: javascript:alert(1)");

        Assert.StartsWith("see x", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_no_javascript_link_in_agreement_prose()
    {
        var markdown = MarkdownText.Prose("**20** posts [see](javascript:alert(1)) <b>x</b>");

        Assert.Equal("**20** posts see &lt;b>x&lt;/b>", markdown);
    }
}
