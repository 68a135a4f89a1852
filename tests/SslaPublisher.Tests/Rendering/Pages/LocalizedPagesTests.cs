using System.Text.Json;
using AngleSharp.Html.Parser;
using SslaPublisher.Definition;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>The brand's own words on each language's pages: its translation, or the default text marked with its language.</summary>
public sealed class LocalizedPagesTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly SiteContent Site = PagesSite.Build(new PromiseLoader().Load("""
        brand:
          name: Acme
          slug: acme
          timezone: America/New_York
          languages: [en, es, fr]
        channels:
          - id: help
            platform: x
            handle: "@Help"
            purpose: support
            summary: {en: Flight changes and **baggage**., es: Cambios de vuelo y **equipaje**.}
            hours: {mon-fri: "09:00-18:00"}
            closed: [{date: 2026-12-25, reason: {en: Christmas, es: Navidad, fr: Noël}}, {date: 2027-01-01, reason: {en: New Year, es: Año Nuevo, fr: Jour de l’an}}]
            reply: {within: 15m, off_hours: {en: We answer on Monday., es: Respondemos el lunes.}}
            not_for: [{text: {en: Refunds, es: Reembolsos}}]
        crisis:
          contact: "+1 800 555 0199"
          statement: {en: Updates every 30 minutes., fr: Des nouvelles toutes les 30 minutes.}
        """, "/tmp/acme/ssla.yaml"));

    [Fact]
    public void Should_show_each_pages_own_translation_without_a_language_mark()
    {
        // Given the Spanish home page
        var card = Parser.ParseDocument(Site.Text("es/index.html")).QuerySelector("#help")!;

        // When its prose is read, Then it is the brand's Spanish text, Markdown rendered, with no lang of its own
        Assert.Equal("<p>Cambios de vuelo y <strong>equipaje</strong>.</p>", card.QuerySelector(".summary")!.InnerHtml);
        Assert.Contains("Respondemos el lunes.", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Navidad", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("Reembolsos", card.QuerySelector(".nf-text")!.TextContent);
        Assert.Empty(card.QuerySelectorAll("[lang]"));
    }

    [Fact]
    public void Should_mark_a_fallback_with_the_language_it_is_written_in()
    {
        // Given the French home page, where the summary, off-hours text and not-for item have no French text
        var page = Parser.ParseDocument(Site.Text("fr/index.html"));
        var card = page.QuerySelector("#help")!;

        // When the fallbacks are looked for
        var marked = card.QuerySelectorAll("[lang]").Select(e => (e.GetAttribute("lang"), e.TextContent)).ToList();

        // Then each English text sits in an element with lang="en" (screen readers switch voice), and the French
        // closed reason and crisis statement are shown unmarked
        Assert.Equal([("en", "Flight changes and baggage."), ("en", "We answer on Monday."), ("en", "Refunds")], marked);
        Assert.Contains("Noël", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("Des nouvelles toutes les 30 minutes.", page.QuerySelector(".crisis p")!.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Should_write_closed_dates_as_each_language_does_with_the_first_of_the_month_as_an_ordinal_in_french()
    {
        // Given the channel closed on 2027-01-01, on the English, Spanish and French home pages
        string Closed(string path) => Parser.ParseDocument(Site.Text(path)).QuerySelector("#help")!.TextContent;

        // Then the date is CLDR's in each language, and French writes the first of the month "1er"
        Assert.Contains("January 1, 2027", Closed("index.html"), StringComparison.Ordinal);
        Assert.Contains("1 de enero de 2027", Closed("es/index.html"), StringComparison.Ordinal);
        Assert.Contains("1er janvier 2027", Closed("fr/index.html"), StringComparison.Ordinal);
        Assert.Contains("25 décembre 2026", Closed("fr/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_every_language_of_a_field_to_ssla_json()
    {
        // Given ssla.json of the brand
        using var json = JsonDocument.Parse(Site.Text("ssla.json"));
        var channel = json.RootElement.GetProperty("channels")[0];

        // When the summary is read, Then the default text keeps its place and every language is beside it
        Assert.Equal("Flight changes and **baggage**.", channel.GetProperty("summary").GetString());
        Assert.Equal("Cambios de vuelo y **equipaje**.", channel.GetProperty("summary_by_language").GetProperty("es").GetString());
        Assert.Equal("Des nouvelles toutes les 30 minutes.",
            json.RootElement.GetProperty("crisis").GetProperty("statement_by_language").GetProperty("fr").GetString());
        Assert.Equal(JsonValueKind.Null, channel.GetProperty("urgent_by_language").ValueKind);
    }
}
