using System.Text;

namespace SslaPublisher.Formatting;

/// <summary>
/// A language's phrase for a zone's clock in running text (<c>format.zone_time</c>), used where CLDR has no short
/// name of its own for the zone in that language: <c>{place}</c> is the place CLDR names the zone by (the country for
/// a country with one zone, else the city: <c>توقيت ألمانيا</c>, <c>ニューヨーク時間</c>), <c>{city}</c> always the
/// city (<c>heure de Berlin</c>, <c>ora di New York</c>, <c>Ortszeit New York</c>).
/// </summary>
/// <remarks>
/// CLDR's own fallback is a label for lists and menus (<c>heure : New York</c>, <c>Ora New York</c>,
/// <c>Horário Nova York</c>): a colon or a capital in the middle of a bio's sentence. Languages whose label already
/// reads as a phrase write it again with <c>{place}</c> and get CLDR's text; French, Italian, Portuguese and German name the
/// city, whose preposition needs no article (<c>heure de Berlin</c>, where a country needs one: <c>heure du Japon</c>).
/// Where French and Italian join the preposition to the city's first word, the join is written as a reader expects
/// (<c>heure d’Amsterdam</c>, <c>heure du Caire</c>, <c>ora del Cairo</c>, <c>ora dell’Avana</c>); CLDR has no data
/// for these contractions, so the few that city names need are listed here. Portuguese names carry no article in
/// CLDR (<c>Cairo</c>, where French has <c>Le Caire</c>), though some take one after <c>de</c>: <c>horário do Cairo</c>,
/// <c>da Cidade do México</c>, <c>dos Açores</c>. Those among CLDR's Portuguese zone places are listed here too.
/// </remarks>
public sealed record ZoneTimePhrase(string Pattern)
{
    private const string City = "{city}";
    private const string Place = "{place}";

    // (language, the preposition and the city's first word as the pattern writes them, the contracted form).
    private static readonly (string Language, string Written, string Contracted)[] ArticleJoins =
    [
        ("fr", "de Le ", "du "),
        ("fr", "de Les ", "des "),
        ("it", "di Il ", "del "),
        ("it", "di L’", "dell’"),
    ];

    // CLDR's Portuguese zone places (exemplar cities, and countries and islands where a zone is named by them) that
    // take an article after "de", by the article; checked against every zone's place in pt (the rest take none:
    // "de Lisboa", "de Nova York", "de El Salvador", "de Cabo Verde", "de Porto Rico").
    private static readonly Dictionary<string, string> PortugueseArticles = new(StringComparer.Ordinal)
    {
        ["Cairo"] = "o", ["Kuwait"] = "o", ["Panamá"] = "o", ["Catar"] = "o", ["Bahrein"] = "o", ["Brunei"] = "o",
        ["Vaticano"] = "o", ["Taiti"] = "o",
        ["Guatemala"] = "a", ["Costa Rica"] = "a", ["Jamaica"] = "a", ["Guiana"] = "a", ["Madeira"] = "a",
        ["Martinica"] = "a", ["Dominica"] = "a", ["Reunião"] = "a", ["Geórgia do Sul"] = "a",
        ["Açores"] = "os",
        ["Bermudas"] = "as", ["Canárias"] = "as", ["Maldivas"] = "as", ["Comores"] = "as", ["Marquesas"] = "as",
    };

    // Portuguese places named "Cidade …", "Ilha …", "Ilhas …" take the article of that first word.
    private static readonly (string Prefix, string Article)[] PortugueseArticlePrefixes =
        [("Cidade ", "a"), ("Ilha ", "a"), ("Ilhas ", "as")];

    /// <summary>True when the phrase names the city whatever CLDR names the zone by.</summary>
    public bool NamesCity => Pattern.Contains(City, StringComparison.Ordinal);

    /// <summary>
    /// The phrase for <paramref name="place"/> (the city when <see cref="NamesCity"/>, else CLDR's place) in the
    /// language of <paramref name="languageTag"/> (BCP 47: <c>fr</c>, <c>pt-BR</c>; the joins are the language's).
    /// </summary>
    public string For(string place, string languageTag)
    {
        ArgumentException.ThrowIfNullOrEmpty(place);
        ArgumentException.ThrowIfNullOrEmpty(languageTag);
        var language = languageTag.Split('-')[0];
        var slot = NamesCity ? City : Place;
        var at = Pattern.IndexOf(slot, StringComparison.Ordinal);
        var text = Pattern.Replace(slot, place, StringComparison.Ordinal);
        if (at < 0) return text;
        foreach (var (lang, written, contracted) in ArticleJoins)
        {
            // The preposition ("de ") ends where the place begins.
            var start = at - (written.IndexOf(' ', StringComparison.Ordinal) + 1);
            if (lang == language && start >= 0 && text.AsSpan(start).StartsWith(written, StringComparison.Ordinal))
                return string.Concat(text.AsSpan(0, start), contracted, text.AsSpan(start + written.Length));
        }
        if (at < 3 || !Pattern.AsSpan(at - 3, 3).SequenceEqual("de ")) return text;
        // Portuguese joins "de" and the place's article: "horário do Cairo", "horário das Bermudas".
        if (language == "pt" && PortugueseArticle(place) is { } article)
            return string.Concat(text.AsSpan(0, at - 3), $"d{article} ", text.AsSpan(at));
        // French elides "de" before a vowel: "heure d’Amsterdam", "heure d’Oslo".
        if (language == "fr" && StartsWithVowel(place))
            return string.Concat(text.AsSpan(0, at - 3), "d’", text.AsSpan(at));
        return text;
    }

    private static string? PortugueseArticle(string place)
    {
        if (PortugueseArticles.TryGetValue(place, out var article)) return article;
        foreach (var (prefix, prefixArticle) in PortugueseArticlePrefixes)
            if (place.StartsWith(prefix, StringComparison.Ordinal)) return prefixArticle;
        return null;
    }

    private static bool StartsWithVowel(string word) =>
        "AEIOUaeiou".Contains(word[..1].Normalize(NormalizationForm.FormD)[0], StringComparison.Ordinal);
}
