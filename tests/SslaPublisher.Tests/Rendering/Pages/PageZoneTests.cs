using AngleSharp.Html.Parser;
using SslaPublisher.Definition;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>
/// The zone of a channel's hours as the page's reader knows it: the city in the page's language (CLDR's exemplar
/// city), the IANA id only as the caption's tooltip.
/// </summary>
public sealed class PageZoneTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<SiteContent> Languages = new(() => PagesSite.Build(PagesSite.LanguagesExample));

    [Theory]
    [InlineData("index.html", "Times are Berlin time.")]
    [InlineData("ar/index.html", "المواعيد بتوقيت برلين.")]
    [InlineData("de/index.html", "Zeiten in Ortszeit Berlin.")]
    [InlineData("ja/index.html", "ベルリン時間で表示しています。")]
    [InlineData("zh-Hans/index.html", "以上为柏林时间。")]
    [InlineData("ko/index.html", "베를린 시간 기준입니다.")]
    [InlineData("hi/index.html", "समय बर्लिन के हिसाब से है।")]
    [InlineData("he/index.html", "השעות לפי שעון ברלין.")]
    public void Should_name_the_channels_city_in_the_pages_language(string page, string expected)
    {
        // Given the thirteen-language brand's X channel, staffed in Berlin time
        var card = Parser.ParseDocument(Languages.Value.Text(page)).QuerySelector("article#x-help")!;

        // When the hours table's zone note is read
        var zone = card.QuerySelector("caption .zone")!;

        // Then it names the city in the page's language, and the IANA id is only its tooltip
        Assert.Equal(expected, WithoutIsolates(zone.TextContent));
        Assert.Equal("Europe/Berlin", zone.GetAttribute("title"));
        Assert.DoesNotContain("Europe/Berlin", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_a_zone_without_a_city_by_its_label()
    {
        // Given a brand keeping UTC, which has no city
        var site = PagesSite.Build(new PromiseLoader().Load("""
            brand: {name: Night Owl, slug: night-owl, timezone: UTC, languages: [en, ar]}
            channels:
              - {id: bsky, platform: bluesky, handle: "@owl.bsky.social", purpose: support, summary: Help, hours: {mon-fri: "09:00-17:00"}, reply: {within: 1h}}
            """, "/tmp/owl/ssla.yaml"));

        // When the zone notes are read, Then they say UTC rather than CLDR's "unknown city"
        Assert.Equal("Times are UTC time.", Zone(site, "index.html"));
        Assert.Equal("المواعيد بتوقيت UTC.", WithoutIsolates(Zone(site, "ar/index.html")));
    }

    [Theory]
    [InlineData("Africa/Cairo", "fr/index.html", "Heures du Caire.")]
    [InlineData("Africa/Cairo", "it/index.html", "Orari del Cairo.")]
    [InlineData("Africa/Cairo", "pt-BR/index.html", "Horário do Cairo.")]
    [InlineData("Europe/Amsterdam", "fr/index.html", "Heures d’Amsterdam.")]
    [InlineData("Atlantic/Azores", "pt-BR/index.html", "Horário dos Açores.")]
    public void Should_join_the_preposition_to_the_city_as_the_language_writes_it(string timezone, string page, string expected)
    {
        // Given a brand keeping a zone whose city takes an article or an elision in French, Italian or Portuguese
        var site = PagesSite.Build(new PromiseLoader().Load($$$"""
            brand: {name: Nile Air, slug: nile-air, timezone: {{{timezone}}}, languages: [en, fr, it, pt-BR]}
            channels:
              - {id: bsky, platform: bluesky, handle: "@nile.bsky.social", purpose: support, summary: Help, hours: {mon-fri: "09:00-17:00"}, reply: {within: 1h}}
            """, "/tmp/nile/ssla.yaml"));

        // When the zone note of the page in that language is read, Then it reads as the language writes it
        Assert.Equal(expected, Zone(site, page));
    }

    private static string Zone(SiteContent site, string page) =>
        Parser.ParseDocument(site.Text(page)).QuerySelector("article#bsky caption .zone")!.TextContent;

    private static string WithoutIsolates(string text) => text.Replace("\u2068", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal);
}
