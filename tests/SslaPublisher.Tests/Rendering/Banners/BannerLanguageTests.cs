using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

public class BannerLanguageTests
{
    [Theory]
    [InlineData("es", "Respondemos en ", false)]
    [InlineData("ar", "نرد خلال ", true)]
    [InlineData("ja", "以内に返信します", false)]
    public void Should_write_the_headline_in_the_banner_language(string language, string expected, bool rightToLeft)
    {
        // Given the example's X channel and the strings of a language
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
        var channel = promise.Channels.Single(c => c.Id == "x-help");
        var strings = UiStrings.Load(TemplateSet.Default, language);

        // When its banner model is made and the built-in layout filled
        var model = BannerModel.ForChannel(promise, channel, PlatformCatalog.Default, strings);
        var texts = BannerText.Fill(BannerSamples.BuiltIn(), model);

        // Then the headline is the language's sentence, with no English left, and sets the direction of the banner
        Assert.Contains(expected, texts[0].Text);
        Assert.DoesNotContain("minutes", texts[0].Text);
        Assert.DoesNotContain("reply", texts[0].Text);
        Assert.Equal(rightToLeft, BidiParagraph.Resolve(texts[0].Text).IsRightToLeft);
    }

    [Fact]
    public void Should_shorten_the_promise_address_to_what_a_reader_types()
    {
        Assert.Equal("promise.acme-air.example", BannerModel.ShortUrl("https://promise.acme-air.example/"));
        Assert.Equal("acme.example/ssla", BannerModel.ShortUrl("https://acme.example/ssla/"));
        Assert.Equal("", BannerModel.ShortUrl(null));
    }
}
