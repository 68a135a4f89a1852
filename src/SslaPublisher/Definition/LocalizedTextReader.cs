using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>The languages a localized field is read for: the one a plain string is in, and every one it should have.</summary>
/// <param name="Default">The language of a plain string and of the fallback (a channel's first language, or the brand's).</param>
/// <param name="Expected">Every language the field is shown in (the brand's pages and the channel's bios).</param>
internal sealed record LanguageScope(string Default, IReadOnlyList<string> Expected);

/// <summary>
/// Reads a prose field written as a string or as a map by language (<c>{en: …, es: …}</c>). Errors (empty texts,
/// keys that are no language tag) fail the load; a language of <see cref="LanguageScope.Expected"/> without a text,
/// or a text in a language nobody shows, is a warning at the field's line and column.
/// </summary>
internal static partial class LocalizedTextReader
{
    // The same shape PromiseLoader accepts for brand.languages.
    [GeneratedRegex("^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    /// <summary>Reads <paramref name="key"/> of <paramref name="r"/>; null when absent or invalid.</summary>
    public static LocalizedText? Read(MappingReader r, string key, LanguageScope? scope, bool required = false)
    {
        var node = r.Node(key, required);
        if (node is null || MappingReader.IsNull(node)) return null;
        return Read(node, r.Child(key), scope, r.Bag, required);
    }

    /// <summary>Reads a field's value node directly (list items, nested mappings).</summary>
    public static LocalizedText? Read(YamlNode node, string field, LanguageScope? scope, DiagnosticBag bag, bool required = true)
    {
        var language = scope?.Default ?? "en";
        switch (node)
        {
            case YamlScalarNode { Value: { } value }:
                if (UntrustedText.Tidy(value) is not { Length: > 0 } text)
                {
                    if (required) bag.Add(node, field, "must not be empty");
                    return null;
                }
                var plain = LocalizedText.Plain(text, language);
                if (scope is not null && NeedsTranslation(text)) WarnMissing(plain, node, field, scope, bag);
                return plain;
            case YamlMappingNode mapping:
                return ReadMap(mapping, field, scope, bag);
            default:
                bag.Add(node, field, "expected text, or a map of texts by language like {en: …, es: …}");
                return null;
        }
    }

    private static LocalizedText? ReadMap(YamlMappingNode mapping, string field, LanguageScope? scope, DiagnosticBag bag)
    {
        var texts = new List<KeyValuePair<string, string>>();
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var tag = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            if (!LanguagePattern().IsMatch(tag))
            {
                bag.Add(keyNode, $"{field}.{tag}", $"'{tag}' is not a language tag such as en, es or pt-BR; write the text as {{en: …, es: …}}");
                ok = false;
                continue;
            }
            if (texts.Any(t => string.Equals(t.Key, tag, StringComparison.OrdinalIgnoreCase)))
            {
                bag.Add(keyNode, $"{field}.{tag}", $"'{tag}' is given twice");
                ok = false;
                continue;
            }
            if (valueNode is not YamlScalarNode { Value: { } value } || UntrustedText.Tidy(value) is not { Length: > 0 } text)
            {
                bag.Add(valueNode, $"{field}.{tag}", "expected a non-empty text");
                ok = false;
                continue;
            }
            texts.Add(new(tag, text));
            if (scope is not null && !scope.Expected.Any(l => Serves(tag, l)))
                bag.Warn(keyNode, $"{field}.{tag}", $"no page or bio is in '{tag}', so this text is never shown (languages: {string.Join(", ", scope.Expected)})");
        }
        if (texts.Count == 0)
        {
            if (ok) bag.Add(mapping, field, "give at least one text, e.g. {en: …}");
            return null;
        }
        if (!ok) return null;
        var localized = LocalizedText.Of(scope?.Default ?? texts[0].Key, texts);
        if (scope is not null) WarnMissing(localized, mapping, field, scope, bag);
        return localized;
    }

    // A text in 'pt' serves 'pt-BR' pages too (LocalizedText looks up the base language).
    private static bool Serves(string tag, string language) =>
        string.Equals(tag, language, StringComparison.OrdinalIgnoreCase) ||
        language.StartsWith(tag + "-", StringComparison.OrdinalIgnoreCase);

    // A phone number or a bare link reads the same in every language: no translation to ask for.
    private static bool NeedsTranslation(string text) =>
        text.Any(char.IsLetter) && !Uri.TryCreate(text.Trim(), UriKind.Absolute, out _);

    private static void WarnMissing(LocalizedText text, YamlNode node, string field, LanguageScope scope, DiagnosticBag bag)
    {
        var missing = scope.Expected.Where(l => !text.Has(l)).ToList();
        if (missing.Count == 0) return;
        bag.Warn(node, field,
            $"no text in {string.Join(", ", missing)}; {(missing.Count == 1 ? "that language shows" : "those languages show")} the {text.DefaultTextLanguage} text " +
            $"(write {{{text.DefaultTextLanguage}: …, {missing[0]}: …}})");
    }
}
