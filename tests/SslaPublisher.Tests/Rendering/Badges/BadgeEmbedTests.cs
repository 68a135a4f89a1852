using AngleSharp.Html.Parser;
using SslaPublisher.Rendering.Badges;
using static SslaPublisher.Tests.Rendering.Badges.BadgeFixtures;

namespace SslaPublisher.Tests.Rendering.Badges;

public class BadgeEmbedTests
{
    [Fact]
    public void Should_list_html_and_markdown_snippets_for_every_badge_on_the_marketers_page()
    {
        // Given the example brand
        var context = ExampleContext();

        // When the badge section of the marketer's page is made
        var items = new BadgeMarketingSection().Items(context);

        // Then every channel badge has an HTML and a Markdown snippet with the absolute URL, and a preview
        Assert.Equal(5 * 2 * 2, items.Count);
        var html = items.Single(i => i.Label == "X replies · @AcmeAirHelp · HTML");
        Assert.Equal("<img src=\"https://promise.acme-air.example/badges/x-help-replies.svg\" alt=\"X replies: 15 min\" width=\"108\" height=\"20\">", html.Text);
        Assert.NotNull(html.Preview);
        Assert.Contains("src=\"badges/x-help-replies.svg\"", html.Preview!.Value);
        Assert.Contains("img.shields.io/endpoint?url=https%3A%2F%2Fpromise.acme-air.example%2Fbadges%2Fx-help-replies.json", html.Note);
        var markdown = items.Single(i => i.Label == "X replies · @AcmeAirHelp · Markdown");
        Assert.Equal("![X replies: 15 min](https://promise.acme-air.example/badges/x-help-replies.svg)", markdown.Text);
    }

    [Fact]
    public void Should_keep_hostile_text_inert_in_both_snippets()
    {
        // Given a badge with a hostile label
        var layout = BadgeLayout.Create(Spec("a](javascript:alert(1)) <img src=x onerror=alert(1)> \"q\"", "1 h"));

        // When its snippets are made
        var html = BadgeEmbed.Html("https://example.test/badges/b.svg", layout);
        var markdown = BadgeEmbed.Markdown("https://example.test/badges/b (1).svg", layout);

        // Then the HTML is a single img whose alt holds the text, and the Markdown cannot close its alt text early
        var doc = new HtmlParser().ParseDocument(html);
        var img = Assert.Single(doc.Body!.Children);
        Assert.Equal("IMG", img.TagName);
        Assert.Equal(layout.AccessibleText, img.GetAttribute("alt"));
        Assert.Null(img.GetAttribute("onerror"));
        Assert.StartsWith("![a\\](javascript:alert(1)) \\<img", markdown, StringComparison.Ordinal);
        Assert.EndsWith("](https://example.test/badges/b%20%281%29.svg)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_use_relative_urls_when_the_brand_has_no_base_url()
    {
        // Given no base_url
        // When the URL of a badge is made
        var url = BadgeEmbed.Url(null, "badges/x-help-replies.svg");

        // Then it is the site path, which works from the promise site's own pages
        Assert.Equal("badges/x-help-replies.svg", url);
        Assert.Equal("https://a.example/p/badges/x.svg", BadgeEmbed.Url("https://a.example/p/", "badges/x.svg"));
    }
}
