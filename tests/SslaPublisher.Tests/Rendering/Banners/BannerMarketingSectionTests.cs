using AngleSharp.Html.Parser;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Templates;
using static SslaPublisher.Tests.Rendering.Badges.BadgeFixtures;

namespace SslaPublisher.Tests.Rendering.Banners;

public class BannerMarketingSectionTests
{
    [Fact]
    public void Should_show_a_preview_a_download_link_and_the_upload_steps_for_every_banner()
    {
        // Given the example brand (X, Facebook, LinkedIn and Mastodon have banners; Instagram has none)
        var context = ExampleContext();

        // When the banners section of the marketer's page is made
        var items = new BannerMarketingSection().Items(context);

        // Then each banner has a preview of its file, a download link, its uploaded size and its platform's steps
        Assert.Equal(["X · @AcmeAirHelp", "Facebook · AcmeAir", "LinkedIn · acme-air", "Mastodon · @ops@mastodon.example"], items.Select(i => i.Label));
        var facebook = items.Single(i => i.Label.StartsWith("Facebook", StringComparison.Ordinal));
        var preview = new HtmlParser().ParseFragment(facebook.Preview!.Value, new HtmlParser().ParseDocument("").Body!);
        var img = preview.OfType<AngleSharp.Dom.IElement>().Single(e => e.LocalName == "img");
        Assert.Equal("banners/facebook.png", img.GetAttribute("src"));
        Assert.Equal("851", img.GetAttribute("width"));
        var link = preview.OfType<AngleSharp.Dom.IElement>().Single(e => e.LocalName == "a");
        Assert.Equal("banners/facebook.png", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
        Assert.Equal("1702×630", facebook.Detail);
        Assert.StartsWith("On Facebook: ", facebook.Note, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Equal("", i.Text));
    }

    [Fact]
    public void Should_speak_the_page_language()
    {
        // Given the example brand and the Arabic marketer's page, one folder below the site root
        var text = new MarketingText(SslaPublisher.Rendering.Localization.UiStrings.Load(TemplateSet.Default, "ar"), "../");

        // When the section is made
        var items = new BannerMarketingSection().Items(ExampleContext(), text);

        // Then the steps and the link are Arabic, the size in Arabic-Indic digits kept left to right, and the
        // previews reach the banners one folder up
        var x = items[0];
        Assert.Equal("\u2066١٥٠٠×٥٠٠\u2069", x.Detail);
        Assert.StartsWith("على X:", x.Note, StringComparison.Ordinal);
        Assert.Contains("تنزيل banners/x-help.png", x.Preview!.Value, StringComparison.Ordinal);
        Assert.Contains("src=\"../banners/x-help.png\"", x.Preview.Value, StringComparison.Ordinal);
    }
}
