using System.Collections.Concurrent;
using System.Collections.Immutable;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Templates;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Rendering.Localization;

/// <summary>
/// The UI strings of one language, read from <c>templates/i18n/&lt;lang&gt;.yaml</c> (overridable with
/// <c>--templates</c>). Keys are dotted paths into the file's sections: <c>pages.title</c>, <c>format.time_style</c>.
/// </summary>
/// <remarks>
/// A key missing from a language falls back to English, so a partly translated language still renders; a key
/// missing from English too is a bug in a template or renderer and throws with the key and file named.
/// </remarks>
public sealed class UiStrings
{
    /// <summary>The language every other one falls back to.</summary>
    public const string FallbackLanguage = "en";

    private readonly ImmutableDictionary<string, YamlNode> _values;
    private readonly UiStrings? _fallback;

    private UiStrings(string language, string file, ImmutableDictionary<string, YamlNode> values, UiStrings? fallback)
    {
        Language = language;
        File = file;
        _values = values;
        _fallback = fallback;
    }

    /// <summary>The BCP 47 tag of these strings.</summary>
    public string Language { get; }

    /// <summary>The file they were read from.</summary>
    public string File { get; }

    /// <summary>True when the templates have a strings file for <paramref name="language"/>.</summary>
    public static bool Exists(TemplateSet templates, string language) => templates.Exists(PathOf(language));

    // Parsed once per override folder and language: every brand and channel of a build asks for the same files,
    // and parsing YAML each time was most of the bios stage. Templates do not change while a build runs.
    private static readonly ConcurrentDictionary<(string?, string), Lazy<UiStrings>> Cache = new();

    /// <summary>Loads the strings of <paramref name="language"/>, English filling any gaps.</summary>
    /// <exception cref="FileNotFoundException">There is no strings file for the language.</exception>
    public static UiStrings Load(TemplateSet templates, string language) =>
        Cache.GetOrAdd((templates.OverrideDirectory, language),
            _ => new Lazy<UiStrings>(() => Parse(templates, language))).Value;

    private static UiStrings Parse(TemplateSet templates, string language)
    {
        var fallback = language == FallbackLanguage ? null : Load(templates, FallbackLanguage);
        var file = templates.Open(PathOf(language));
        var yaml = new YamlStream();
        using (var reader = new StringReader(file.Text)) yaml.Load(reader);
        var values = ImmutableDictionary.CreateBuilder<string, YamlNode>(StringComparer.Ordinal);
        if (yaml.Documents.Count > 0) Flatten(yaml.Documents[0].RootNode, "", values);
        return new UiStrings(language, file.Name, values.ToImmutable(), fallback);
    }

    /// <summary>Every key this file defines (without the fallback's).</summary>
    public IEnumerable<string> Keys => _values.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when this language's own file defines <paramref name="key"/> (the fallback's keys do not count).</summary>
    public bool Defines(string key) => _values.ContainsKey(key);

    /// <summary>True when <paramref name="key"/> exists in this language or the fallback.</summary>
    public bool Contains(string key) => Find(key) is not null;

    /// <summary>The text at <paramref name="key"/>.</summary>
    public string Text(string key) => Find(key) is YamlScalarNode { Value: { } text }
        ? text
        : throw new KeyNotFoundException($"UI string '{key}' is missing or not text in {File}.");

    /// <summary>The list of texts at <paramref name="key"/> (e.g. day names).</summary>
    public IReadOnlyList<string> List(string key) => Find(key) is YamlSequenceNode seq
        ? [.. seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "")]
        : throw new KeyNotFoundException($"UI string list '{key}' is missing or not a list in {File}.");

    /// <summary>The text at <paramref name="key"/> with <c>{name}</c> placeholders filled in (values as given).</summary>
    /// <remarks>
    /// One pass over the pattern: a value is never read as a pattern itself, so a placeholder inside untrusted text
    /// (a CSV cell that reads <c>{channels}</c>) stays as written. Braces that name no value are kept.
    /// </remarks>
    public string Format(string key, params (string Name, string Value)[] values) => Fill(Text(key), values);

    /// <summary>
    /// <see cref="Format"/> for a text naming a zone's city at <c>{city}</c>: the preposition before it is joined to the
    /// city as the language writes it (<c>Heures d’Amsterdam</c>, <c>Orari del Cairo</c>, <c>Horário dos Açores</c>;
    /// <see cref="ZoneTimePhrase"/>), then the other placeholders are filled. The city is CLDR's name for the zone,
    /// never the brand's text: it is written into the pattern before the other values, which stay as given.
    /// </summary>
    public string FormatWithCity(string key, string city, params (string Name, string Value)[] values)
    {
        ArgumentException.ThrowIfNullOrEmpty(city);
        var pattern = Text(key);
        if (!pattern.Contains("{city}", StringComparison.Ordinal)) return Fill(pattern, values);
        return Fill(new ZoneTimePhrase(pattern).For(city, Language), values);
    }

    private static string Fill(string pattern, (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0 || !pattern.Contains('{', StringComparison.Ordinal)) return pattern;
        var result = new System.Text.StringBuilder(pattern.Length + 32);
        var at = 0;
        while (at < pattern.Length)
        {
            var open = pattern.IndexOf('{', at);
            var close = open < 0 ? -1 : pattern.IndexOf('}', open);
            if (close < 0)
            {
                result.Append(pattern, at, pattern.Length - at);
                break;
            }
            var found = -1;
            for (var i = 0; i < values.Length && found < 0; i++)
                if (pattern.AsSpan(open + 1, close - open - 1).SequenceEqual(values[i].Name)) found = i;
            if (found < 0)
            {
                result.Append(pattern, at, open + 1 - at);
                at = open + 1;
                continue;
            }
            result.Append(pattern, at, open - at).Append(values[found].Value);
            at = close + 1;
        }
        return result.ToString();
    }

    /// <summary>Every value as a nested dictionary, for templates (<c>t.pages.title</c>).</summary>
    public IReadOnlyDictionary<string, object> ToTree()
    {
        var root = _fallback?.ToTree().ToDictionary(p => p.Key, p => p.Value) ?? [];
        foreach (var (key, node) in _values)
        {
            var parts = key.Split('.');
            var level = root;
            foreach (var part in parts[..^1])
            {
                if (!level.TryGetValue(part, out var child) || child is not Dictionary<string, object> dict)
                    level[part] = dict = [];
                level = dict;
            }
            level[parts[^1]] = node is YamlSequenceNode seq
                ? seq.Children.Select(c => (object)(((YamlScalarNode)c).Value ?? "")).ToList()
                : ((YamlScalarNode)node).Value ?? "";
        }
        return root;
    }

    private YamlNode? Find(string key) => _values.TryGetValue(key, out var node) ? node : _fallback?.Find(key);

    private static string PathOf(string language) => $"i18n/{language}.yaml";

    private static void Flatten(YamlNode node, string prefix, ImmutableDictionary<string, YamlNode>.Builder into)
    {
        if (node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
                Flatten(value, prefix.Length == 0 ? ((YamlScalarNode)key).Value! : $"{prefix}.{((YamlScalarNode)key).Value}", into);
        }
        else into[prefix] = node;
    }
}
