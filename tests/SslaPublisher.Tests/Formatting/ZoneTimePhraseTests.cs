using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Tests.Formatting;

public class ZoneTimePhraseTests
{
    private static LocaleFormat Shipped(string language) => UiStrings.Load(TemplateSet.Default, language).Locale();

    [Theory]
    [InlineData("fr", "America/New_York", "heure de New York")]
    [InlineData("fr", "Europe/Berlin", "heure de Berlin")]
    [InlineData("fr", "Europe/Amsterdam", "heure d’Amsterdam")]
    [InlineData("fr", "Africa/Cairo", "heure du Caire")]
    [InlineData("fr", "America/Havana", "heure de La Havane")]
    [InlineData("it", "America/New_York", "ora di New York")]
    [InlineData("it", "Asia/Tokyo", "ora di Tokyo")]
    [InlineData("it", "America/Havana", "ora dell’Avana")]
    [InlineData("pt-BR", "America/New_York", "horário de Nova York")]
    [InlineData("pt-BR", "Europe/Lisbon", "horário de Lisboa")]
    [InlineData("pt-BR", "Africa/Cairo", "horário do Cairo")]
    [InlineData("pt-BR", "America/Mexico_City", "horário da Cidade do México")]
    [InlineData("pt-BR", "Atlantic/Azores", "horário dos Açores")]
    [InlineData("pt-BR", "Atlantic/Bermuda", "horário das Bermudas")]
    [InlineData("pt-BR", "Atlantic/Faroe", "horário das Ilhas Faroé")]
    [InlineData("pt-BR", "America/El_Salvador", "horário de El Salvador")]
    [InlineData("de", "America/New_York", "Ortszeit New York")]
    [InlineData("es", "America/New_York", "hora de Nueva York")]
    [InlineData("de", "Asia/Tokyo", "Ortszeit Tokio")]
    [InlineData("ar", "Europe/Berlin", "توقيت ألمانيا")]
    [InlineData("ja", "Europe/Berlin", "ドイツ時間")]
    [InlineData("he", "Asia/Jerusalem", "שעון ישראל")]
    [InlineData("nl", "Asia/Tokyo", "Japan-tijd")]
    [InlineData("ko", "America/New_York", "뉴욕 시간")]
    public void Should_name_a_zone_without_a_short_name_by_its_places_clock_as_the_language_writes_it(string language, string zone, string expected)
    {
        // Given a zone CLDR has no short name for in the language (its fallback is a label: "heure : New York")
        // When the shipped strings' formatter names it, Then it is the language's phrase: French, Italian, Portuguese
        // and German with CLDR's city, the others with the place CLDR's label names (a one-zone country, else the city)
        Assert.Equal(expected, Shipped(language).ZoneName(zone));
    }

    [Theory]
    [InlineData("de", "Europe/Berlin", "MEZ")]
    [InlineData("ja", "Asia/Tokyo", "JST")]
    [InlineData("pt-BR", "America/Sao_Paulo", "BRT")]
    [InlineData("es", "Europe/Madrid", "CET")]
    public void Should_keep_CLDRs_short_name_where_the_language_has_one(string language, string zone, string expected)
    {
        // Given a zone CLDR names briefly in the language, When named, Then CLDR's name stands
        Assert.Equal(expected, Shipped(language).ZoneName(zone));
    }

    [Fact]
    public void Should_fall_back_to_CLDRs_label_without_a_phrase()
    {
        // Given a formatter made without the strings' phrase, Then the zone has CLDR's generic-location label
        Assert.Equal("heure : New York", LocaleFormat.For("fr").ZoneName("America/New_York"));
    }

    [Theory]
    [InlineData("Le Caire", "heure du Caire")]
    [InlineData("Les Sables", "heure des Sables")]
    [InlineData("Leipzig", "heure de Leipzig")]
    [InlineData("Oslo", "heure d’Oslo")]
    [InlineData("Évora", "heure d’Évora")]
    [InlineData("Yakoutsk", "heure de Yakoutsk")]
    public void Should_join_french_de_to_the_citys_first_word(string city, string expected)
    {
        // Given French's phrase, When a city is put in it, Then "de" elides before a vowel and contracts with "Le"/"Les" only
        Assert.Equal(expected, new ZoneTimePhrase("heure de {city}").For(city, "fr"));
    }

    [Fact]
    public void Should_leave_other_languages_phrases_as_written()
    {
        // Given Spanish, whose "de" neither elides nor contracts here, Then the phrase is filled in as is
        Assert.Equal("hora de Oslo", new ZoneTimePhrase("hora de {place}").For("Oslo", "es"));
    }
}
