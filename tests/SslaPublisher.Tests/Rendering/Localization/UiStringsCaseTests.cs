using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Tests.Rendering.Localization;

/// <summary>
/// CLDR's unit text ("2 Tage", "ساعتان", "1 घंटा") and each language's <c>format.working_days</c> are in the
/// nominative, so in the languages whose nouns take case after a preposition or before a postposition every duration
/// slot is phrased where the nominative belongs: "Antwortzeit: 2 Werktage", not "in 2 Werktage"; "مدة الرد: ساعتان",
/// not "خلال ساعتان"; "जवाब का समय: 1 घंटा", not "1 घंटा में".
/// </summary>
public sealed partial class UiStringsCaseTests
{
    // {duration} anywhere; {value} and {notice} in the agreement, which fills them with durations (a KPI in minutes,
    // the termination notice). Elsewhere {notice} is a notice's id.
    [GeneratedRegex(@"\{duration\}")]
    private static partial Regex DurationSlot();

    [GeneratedRegex(@"\{(?:duration|value|notice)\}")]
    private static partial Regex AgreementDurationSlot();

    // German prepositions that govern the dative, genitive or (with "alle") a plural: "in 2 Tagen", "alle 2 Stunden".
    [GeneratedRegex(@"\b(?:ab|alle|an|auf|aus|außerhalb|bei|binnen|bis|in|innerhalb|mit|nach|seit|über|unter|von|vor|während|zu|zwischen)\s+(?:nur\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanPreposition();

    // Hindi postpositions (the noun before them is oblique), and "हर" (every), which also takes the oblique.
    [GeneratedRegex(@"^\s*(?:में|के|की|का|से|को|तक|पर)(?:\s|$|।)")]
    private static partial Regex HindiPostposition();

    [GeneratedRegex(@"\bहर\s+$")]
    private static partial Regex HindiEvery();

    // In Arabic a duration stands at the start of a phrase, after a colon, an opening bracket or a comma of a list,
    // or as the predicate of "أقصاها" / "مدته" (nominal sentences): nowhere a preposition or a verb could govern it.
    private static readonly string[] ArabicNominativeBefore = [":", "(", "،", "أقصاها", "مدته"];

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("hi")]
    public void Should_place_every_duration_where_the_nominative_belongs(string language)
    {
        // Given the language's strings, and every slot of theirs that a duration fills
        var slots = UiStringsCompletenessTests.Flatten(language)
            .Where(e => e.Value is YamlScalarNode)
            .SelectMany(e => Slots(e.Key, ((YamlScalarNode)e.Value).Value ?? ""))
            .ToList();
        Assert.True(slots.Count > 20, $"{language}.yaml: only {slots.Count} duration slots found");

        // When what stands before and after each is read, Then nothing there asks for another case
        var wrong = slots.Where(s => !Nominative(language, s.Before, s.After)).Select(s => $"{s.Key}: {s.Text}").ToList();
        Assert.True(wrong.Count == 0, $"{language}.yaml puts a duration where its case is not the nominative:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void Should_catch_a_duration_after_a_preposition()
    {
        // Given the phrasings this change replaced, When checked, Then each is caught
        Assert.False(Nominative("de", "Antwort in ", ""));
        Assert.False(Nominative("de", "Innerhalb von ", " während der Servicezeiten"));
        Assert.False(Nominative("ar", "نرد خلال ", ""));
        Assert.False(Nominative("ar", "إذا تجاوز مؤشر «{kpi}» ", " {run}: {action}."));
        Assert.False(Nominative("hi", "", " में जवाब"));
        Assert.False(Nominative("hi", "हर ", " में सार्वजनिक अपडेट।"));
        // And the phrasings that replaced them pass
        Assert.True(Nominative("de", "Antwortzeit: ", ""));
        Assert.True(Nominative("ar", "نرد في مدة أقصاها ", ""));
        Assert.True(Nominative("hi", "जवाब का समय: अधिकतम ", ""));
    }

    private static IEnumerable<(string Key, string Text, string Before, string After)> Slots(string key, string text) =>
        (key.StartsWith("agreement.", StringComparison.Ordinal) ? AgreementDurationSlot() : DurationSlot()).Matches(text)
            .Select(m => (key, text, text[..m.Index], text[(m.Index + m.Length)..]));

    private static bool Nominative(string language, string before, string after) => language switch
    {
        "de" => !GermanPreposition().IsMatch(before),
        "hi" => !HindiPostposition().IsMatch(after) && !HindiEvery().IsMatch(before),
        "ar" => before.TrimEnd().Length == 0 || ArabicNominativeBefore.Any(b => before.TrimEnd().EndsWith(b, StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No case rule for this language."),
    };
}
