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
    [InlineData("ar", "نرد في مدة أقصاها ", true)]
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

    [Theory]
    [InlineData("en", "ET")]
    [InlineData("ar", "توقيت نيويورك")]
    [InlineData("he", "שעון ניו יורק")]
    [InlineData("ja", "ニューヨーク時間")]
    [InlineData("hi", "न्यूयॉर्क समय")]
    [InlineData("es", "hora de Nueva York")]
    public void Should_name_the_zone_in_the_banner_language(string language, string zone)
    {
        // Given the example's X channel (New York hours) and the strings of a language
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
        var channel = promise.Channels.Single(c => c.Id == "x-help");

        // When its banner model is made
        var model = BannerModel.ForChannel(promise, channel, PlatformCatalog.Default, UiStrings.Load(TemplateSet.Default, language));

        // Then the hours line ends with CLDR's name of the zone in that language, not the English "ET"
        Assert.EndsWith(zone.Replace(' ', '\u00A0'), model.Hours.Replace(' ', '\u00A0'));
        if (language != "en") Assert.DoesNotContain("ET", model.Hours);
    }

    [Theory]
    [InlineData("Europe/Berlin", "de", "MEZ")]
    [InlineData("Asia/Tokyo", "ja", "JST")]
    [InlineData("Asia/Riyadh", "ar", "توقيت المملكة العربية السعودية")]
    public void Should_name_a_brands_own_zone_as_its_language_does(string zone, string language, string expected) =>
        Assert.Equal(expected, SslaPublisher.Schedule.ZoneLabels.For(NodaTime.DateTimeZoneProviders.Tzdb[zone],
            SslaPublisher.Schedule.ZoneLabelStyle.Short, SslaPublisher.Formatting.LocaleFormat.For(language)));

    [Fact]
    public void Should_shorten_the_promise_address_to_what_a_reader_types()
    {
        Assert.Equal("promise.acme-air.example", BannerModel.ShortUrl("https://promise.acme-air.example/"));
        Assert.Equal("acme.example/ssla", BannerModel.ShortUrl("https://acme.example/ssla/"));
        Assert.Equal("", BannerModel.ShortUrl(null));
    }
}
