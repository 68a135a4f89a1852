using System.Text.RegularExpressions;
using SslaPublisher.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Tests.Rendering.Localization;

/// <summary>Every interface language is complete: the keys, list lengths and placeholders of English, no more, no less.</summary>
public sealed partial class UiStringsCompletenessTests
{
    /// <summary>The interface languages the tool ships.</summary>
    public static readonly string[] Languages = ["en", "es", "fr", "de", "it", "pt-BR", "nl", "ja", "zh-Hans", "ko", "ar", "he", "hi"];

    public static TheoryData<string> Translations => [.. Languages.Where(l => l != "en")];

    private static readonly string Folder = Path.Combine(RepoPaths.Root, "templates", "i18n");

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Should_ship_a_strings_file_for_each_of_the_thirteen_languages_and_no_other()
    {
        // Given the built-in strings folder, When its files are listed, Then they are exactly the thirteen languages
        var files = Directory.GetFiles(Folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);
        Assert.Equal(Languages.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Should_have_every_english_key_and_no_other(string language)
    {
        // Given English and a translation
        var english = Flatten("en");
        var translation = Flatten(language);

        // When their keys are compared (a plural group by its name: each language has its own CLDR categories),
        // Then none is missing and none is left over
        Assert.Equal([], Groups(english).Except(Groups(translation)).Order(StringComparer.Ordinal));
        Assert.Equal([], Groups(translation).Except(Groups(english)).Order(StringComparer.Ordinal));
        // And every plural group has the 'other' form every language needs
        Assert.All(translation.Keys.Where(k => PluralCategories.Contains(k[(k.LastIndexOf('.') + 1)..])),
            k => Assert.True(translation.ContainsKey(k[..k.LastIndexOf('.')] + ".other"), $"{language}.yaml: '{k}' has no 'other' form"));
    }

    // CLDR plural categories: a map of these is one string in a language's own plural forms.
    private static readonly HashSet<string> PluralCategories = ["zero", "one", "two", "few", "many", "other"];

    private static HashSet<string> Groups(Dictionary<string, YamlNode> strings) =>
        [.. strings.Keys.Select(k => PluralCategories.Contains(k[(k.LastIndexOf('.') + 1)..]) ? k[..k.LastIndexOf('.')] + ".<plural>" : k)];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Should_keep_each_strings_placeholders_and_list_lengths(string language)
    {
        // Given English and a translation
        var english = Flatten("en");
        var translation = Flatten(language);

        foreach (var (key, node) in english.Where(e => translation.ContainsKey(e.Key) && !PluralCategories.Contains(e.Key[(e.Key.LastIndexOf('.') + 1)..])))
        {
            var other = translation[key];
            // Then a list has as many items (seven days, twelve months) and a text has a text
            Assert.True(node.GetType() == other.GetType(), $"{language}.yaml: '{key}' is a {other.NodeType}, English has a {node.NodeType}");
            if (node is YamlSequenceNode list)
                Assert.True(list.Children.Count == ((YamlSequenceNode)other).Children.Count, $"{language}.yaml: '{key}' has {((YamlSequenceNode)other).Children.Count} items, English {list.Children.Count}");
            // And the same {placeholders}, so no value the renderer fills in is lost or misspelt
            // (format.zone_time names the zone's place as CLDR does, {place}, or always by its city, {city}: one slot)
            if (node is YamlScalarNode && key == "format.zone_time")
                Assert.True(Placeholders((YamlScalarNode)other).IsSubsetOf(["{place}", "{city}"]) && Placeholders((YamlScalarNode)other).Count == 1,
                    $"{language}.yaml: '{key}' must have one of {{place}} or {{city}}");
            else if (node is YamlScalarNode text)
                Assert.True(Placeholders(text).SetEquals(Placeholders((YamlScalarNode)other)),
                    $"{language}.yaml: '{key}' has {{{string.Join("}, {", Placeholders((YamlScalarNode)other))}}}, English {{{string.Join("}, {", Placeholders(text))}}}");
            // And nothing is left empty
            if (other is YamlScalarNode value)
                Assert.False(string.IsNullOrWhiteSpace(value.Value), $"{language}.yaml: '{key}' is empty");
        }
    }

    private static HashSet<string> Placeholders(YamlScalarNode node) =>
        [.. Placeholder().Matches(node.Value ?? "").Select(m => m.Value)];

    internal static Dictionary<string, YamlNode> Flatten(string language)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, language + ".yaml"))) yaml.Load(reader);
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        Walk(yaml.Documents[0].RootNode, "", result);
        return result;
    }

    private static void Walk(YamlNode node, string prefix, Dictionary<string, YamlNode> into)
    {
        if (node is YamlMappingNode mapping)
            foreach (var (key, value) in mapping.Children)
                Walk(value, prefix.Length == 0 ? ((YamlScalarNode)key).Value! : $"{prefix}.{((YamlScalarNode)key).Value}", into);
        else into[prefix] = node;
    }
}
