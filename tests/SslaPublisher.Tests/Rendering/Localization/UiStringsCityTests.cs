using NodaTime;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Tests.Rendering.Localization;

/// <summary>Texts that name a zone's city join their preposition to it as the language writes it.</summary>
public sealed class UiStringsCityTests
{
    [Theory]
    [InlineData("fr", "Africa/Cairo", "Heures du Caire.")]
    [InlineData("fr", "Europe/Amsterdam", "Heures d’Amsterdam.")]
    [InlineData("fr", "America/New_York", "Heures de New York.")]
    [InlineData("it", "Africa/Cairo", "Orari del Cairo.")]
    [InlineData("pt-BR", "Atlantic/Azores", "Horário dos Açores.")]
    [InlineData("pt-BR", "America/Mexico_City", "Horário da Cidade do México.")]
    [InlineData("pt-BR", "Europe/Lisbon", "Horário de Lisboa.")]
    [InlineData("en", "Africa/Cairo", "Times are Cairo time.")]
    public void Should_join_the_preposition_to_the_city_in_a_pages_hours_caption(string language, string zone, string expected)
    {
        // Given the page text of a language and a channel's zone, named by its city as the page names it
        var text = new PageText(UiStrings.Load(TemplateSet.Default, language));
        var city = text.City(DateTimeZoneProviders.Tzdb[zone]);

        // When the hours table's caption is written
        var caption = text.Strings.FormatWithCity("pages.hours_zone", city);

        // Then the preposition and the city read as the language writes them
        Assert.Equal(expected, caption);
    }

    [Fact]
    public void Should_fill_the_other_placeholders_of_a_text_naming_a_city()
    {
        // Given a notice window's text in French, with dates and the city
        var strings = UiStrings.Load(TemplateSet.Default, "fr");

        // When it is written for Cairo
        var window = strings.FormatWithCity("pages.notices.window", "Le Caire", ("from", "1 déc."), ("until", "2 déc."));

        // Then the dates are in place and the city takes its article
        Assert.Equal("Du 1 déc. au 2 déc. (heure du Caire)", window);
    }
}
