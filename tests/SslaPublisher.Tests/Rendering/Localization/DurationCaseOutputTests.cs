using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Site;
using SslaPublisher.Tests.Rendering.Bios;
using SslaPublisher.Tests.Rendering.Pages;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Localization;

/// <summary>
/// What a German, Arabic or Hindi reader sees where a duration stands: the CLDR unit text in a slot that takes its
/// nominative ("Antwortzeit: 2 Werktage", "ساعتان كحد أقصى", "अधिकतम 1 घंटा"), never after a preposition that
/// would ask for another case ("in 2 Werktage", "خلال ساعتان", "1 घंटा में").
/// </summary>
public sealed partial class DurationCaseOutputTests
{
    private const string Yaml = """
        brand: {name: Nimbus Rail, slug: nimbus-rail, timezone: Europe/Berlin, languages: [de, ar, hi]}
        channels:
          - {id: linkedin, platform: linkedin, handle: nimbus-rail, purpose: announcements, summary: News, hours: {mon-fri: "09:00-17:00"}, reply: {within: 2d}}
          - {id: x-help, platform: x, handle: "@NimbusRail", purpose: support, summary: Help, hours: {mon-fri: "08:00-20:00"}, reply: {within: 2h}}
          - {id: facebook, platform: facebook, handle: NimbusRail, purpose: questions, summary: Questions, hours: {mon-sat: "08:00-20:00"}, reply: {within: 1h}}
        """;

    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<SiteContent> Pages = new(() => PagesSite.Build(new PromiseLoader().Load(Yaml, "/tmp/nimbus/ssla.yaml")));

    [GeneratedRegex(@"\b(?:in|von|nach|binnen|ab)\s+(?:nur\s+)?\d+\s+(?:Tage|Werktage)\b")]
    private static partial Regex GermanDativeMissing();

    [GeneratedRegex(@"(?:خلال|غضون|عن)\s+(?:ساعتان|دقيقتان|يومان|يوما عمل)")]
    private static partial Regex ArabicGenitiveMissing();

    [GeneratedRegex(@"1 घंटा (?:में|के|की|से)")]
    private static partial Regex HindiObliqueMissing();

    [Theory]
    [InlineData("linkedin", "Höchstens 2 Werktage, gezählt in den Servicezeiten")]
    [InlineData("x-help", "Höchstens 2 Stunden, gezählt in den Servicezeiten")]
    public void Should_write_the_german_reply_time_in_a_nominative_slot(string channel, string expected)
    {
        // Given the German page, When a channel's reply time is read, Then CLDR's "2 Tage" and the own "2 Werktage" stand as the nominative
        Assert.Equal(expected, ReplyText("index.html", channel));
    }

    [Fact]
    public void Should_write_the_arabic_dual_in_a_nominative_slot()
    {
        // Given the Arabic page of a two-hour channel, When its reply time is read, Then the dual "ساعتان" is the
        // subject of its phrase, not the object of "خلال" (which would need "ساعتين")
        Assert.Equal("ساعتان كحد أقصى في ساعات العمل", ReplyText("ar/index.html", "x-help"));
        Assert.Equal("يوما عمل كحد أقصى في ساعات العمل", ReplyText("ar/index.html", "linkedin"));
    }

    [Fact]
    public void Should_write_the_hindi_singular_in_the_direct_case()
    {
        // Given the Hindi page of a one-hour channel, Then "1 घंटा" follows "अधिकतम" rather than preceding "में"
        Assert.Equal("सेवा के समय में अधिकतम 1 घंटा", ReplyText("hi/index.html", "facebook"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("ar/index.html")]
    [InlineData("hi/index.html")]
    public void Should_put_no_duration_after_a_preposition_on_the_page(string page)
    {
        // Given a whole page (cards, live-line texts, notices), When its text is searched, Then no duration follows a
        // preposition (or precedes a postposition) in the case CLDR's text does not have
        var text = Pages.Value.Text(page);
        Assert.DoesNotMatch(GermanDativeMissing(), text);
        Assert.DoesNotMatch(ArabicGenitiveMissing(), text);
        Assert.DoesNotMatch(HindiObliqueMissing(), text);
    }

    [Fact]
    public void Should_write_the_german_bio_with_the_working_days_in_the_nominative()
    {
        // Given a German channel answering in two working days
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", Yaml.Replace("languages: [de, ar, hi]", "languages: [de]", StringComparison.Ordinal));

        // When its bio is built
        var bio = BioFixtures.Text(BioFixtures.Build(file, null, new BiosRenderer()), "bio/linkedin.txt");

        // Then the reply time is a label and its value, not "Antwort in 2 Werktage" (which would need "Werktagen")
        Assert.EndsWith("· Antwortzeit: 2 Werktage", bio, StringComparison.Ordinal);
        Assert.DoesNotMatch(GermanDativeMissing(), bio);
    }

    private static string ReplyText(string page, string channel)
    {
        var card = Parser.ParseDocument(Pages.Value.Text(page)).QuerySelector($"article#{channel}")!;
        return card.QuerySelectorAll("dd").First(d => d.PreviousElementSibling?.TextContent is "Antwortzeit" or "مدة الرد" or "जवाब का समय").TextContent;
    }
}
