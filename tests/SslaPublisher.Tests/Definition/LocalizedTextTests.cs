using SslaPublisher.Definition;

namespace SslaPublisher.Tests.Definition;

/// <summary>Prose fields as a string or a map by language: loading, fallback and the warnings for missing translations.</summary>
public class LocalizedTextTests
{
    private static Promise Load(string yaml) => new PromiseLoader().Load(yaml, "/tmp/brand/ssla.yaml", "brand/ssla.yaml");

    private static string File(string channel, string languages = "[en, es, fr]", string crisis = "", string reply = "reply: {within: 15m}") => $"""
        brand:
          name: Acme
          slug: acme
          timezone: America/New_York
          languages: {languages}
        channels:
          - id: help
            platform: x
            handle: "@Help"
            purpose: support
            hours: {"{"}mon-fri: "09:00-18:00"{"}"}
            {reply}
        {channel}
        {crisis}
        """;

    [Fact]
    public void Should_read_every_prose_field_as_a_map_by_language()
    {
        // Given a channel whose summary, off-hours text, closed reason, not-for text and urgent text are maps
        var promise = Load(File("""
                summary: {en: Flight changes., es: Cambios de vuelo., fr: Changements de vol.}
                closed: [{date: 2026-12-25, reason: {en: Christmas, es: Navidad, fr: Noël}}]
                languages: [en, es, fr]
                not_for: [{text: {en: Refunds, es: Reembolsos, fr: Remboursements}}]
                urgent: {en: Call us, es: Llámenos, fr: Appelez-nous}
            """, crisis: """
            crisis:
              contact: "+1 800 555 0199"
              statement: {en: Updates every 30 minutes., es: Novedades cada 30 minutos., fr: Des nouvelles toutes les 30 minutes.}
            """));

        // When each is asked for in French
        var c = promise.Channels[0];
        string[] french = [c.Summary.In("fr").Text, c.Closed[0].Reason!.In("fr").Text, c.NotFor[0].Text.In("fr").Text,
            c.Urgent!.In("fr").Text, promise.Crisis!.Statement.In("fr").Text];

        // Then each gives its own French text, and the file is complete (no warnings)
        Assert.Equal(["Changements de vol.", "Noël", "Remboursements", "Appelez-nous", "Des nouvelles toutes les 30 minutes."], french);
        Assert.Empty(promise.Warnings);
    }

    [Fact]
    public void Should_fall_back_to_the_default_language_and_warn_at_the_field_for_each_missing_translation()
    {
        // Given a summary in English and Spanish only, in a brand that lists French too
        var promise = Load(File("""
                summary: {en: Flight changes., es: Cambios de vuelo.}
            """, reply: "reply: {within: 15m, off_hours: {en: We answer on Monday., fr: Nous répondons le lundi., es: Respondemos el lunes.}}"));

        // When the French text is asked for
        var french = promise.Channels[0].Summary.In("fr");

        // Then it is the English one, marked as a fallback in English, and validation warns at line 13, column 14
        Assert.Equal(new LocalizedValue("Flight changes.", "en", IsFallback: true), french);
        Assert.Equal("Nous répondons le lundi.", promise.Channels[0].Reply.OffHours.Text!.In("fr").Text);
        var warning = Assert.Single(promise.Warnings);
        Assert.Equal((13, 14, true), (warning.Line, warning.Column, warning.IsWarning));
        Assert.Equal("brand/ssla.yaml:13:14: warning: channels[0].summary: no text in fr; that language shows the en text (write {en: …, fr: …})",
            warning.ToString());
    }

    [Fact]
    public void Should_warn_for_a_plain_string_in_a_brand_of_several_languages_but_not_for_a_phone_number()
    {
        // Given a plain summary and a phone number as the urgent contact, in a brand of three languages
        var promise = Load(File("""
                summary: Flight changes.
                urgent: "+1 800 555 0100"
            """));

        // When it is loaded, Then only the summary is reported, naming both missing languages
        var warning = Assert.Single(promise.Warnings);
        Assert.Contains("channels[0].summary: no text in es, fr; those languages show the en text", warning.Message, StringComparison.Ordinal);
        Assert.Equal("+1 800 555 0100", promise.Channels[0].Urgent!.In("fr").Text);
    }

    [Fact]
    public void Should_take_a_plain_string_as_the_channels_own_language()
    {
        // Given a Spanish-only channel with a plain summary in an English-first brand
        var promise = Load(File("""
                summary: Cambios de vuelo.
                languages: [es]
            """, languages: "[en, es]"));

        // When the summary is asked for in Spanish and in English
        var summary = promise.Channels[0].Summary;

        // Then the text is Spanish (its own language), and the English page falls back to it marked as Spanish
        Assert.Equal(("es", false), (summary.In("es").Language, summary.In("es").IsFallback));
        Assert.Equal(new LocalizedValue("Cambios de vuelo.", "es", IsFallback: true), summary.In("en"));
        Assert.Equal("es", promise.Channels[0].Language);
    }

    [Fact]
    public void Should_serve_a_regional_page_from_its_base_language_text()
    {
        // Given a summary with a Portuguese text, in a brand that lists pt-BR
        var promise = Load(File("""
                summary: {en: Flight changes., pt: Alterações de voo.}
            """, languages: "[en, pt-BR]"));

        // When it is asked for in pt-BR, Then the Portuguese text serves it and nothing is missing
        Assert.Equal(new LocalizedValue("Alterações de voo.", "pt-BR", IsFallback: false), promise.Channels[0].Summary.In("pt-BR"));
        Assert.Empty(promise.Warnings);
    }

    [Fact]
    public void Should_warn_about_a_text_in_a_language_no_page_or_bio_is_in()
    {
        // Given a summary with a German text in an English and Spanish brand
        var promise = Load(File("""
                summary: {en: Flight changes., es: Cambios de vuelo., de: Flugänderungen.}
            """, languages: "[en, es]"));

        // When it is loaded, Then the German key is reported as never shown
        var warning = Assert.Single(promise.Warnings);
        Assert.Equal(13, warning.Line);
        Assert.Contains("channels[0].summary.de: no page or bio is in 'de'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summary: {english: Flight changes.}", 13, 15, "channels[0].summary.english: 'english' is not a language tag")]
    [InlineData("summary: {en: \"\"}", 13, 19, "channels[0].summary.en: expected a non-empty text")]
    [InlineData("summary: {en: [a, b]}", 13, 19, "channels[0].summary.en: expected a non-empty text")]
    [InlineData("summary: {}", 13, 14, "channels[0].summary: give at least one text")]
    [InlineData("summary: [Flight changes.]", 13, 14, "channels[0].summary: expected text, or a map of texts by language")]
    public void Should_report_a_malformed_map_at_its_line_and_column(string field, int line, int column, string message)
    {
        // Given a summary written wrongly
        var yaml = File("    " + field);

        // When it is loaded, Then the load fails at the bad key or value
        var problem = Assert.Single(Assert.Throws<DefinitionException>(() => Load(yaml)).Diagnostics);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
