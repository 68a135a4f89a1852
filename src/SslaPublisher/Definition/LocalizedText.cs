using System.Collections.Immutable;

namespace SslaPublisher.Definition;

/// <summary>
/// A prose field of ssla.yaml in one or more languages: <c>summary: Flight changes</c> or
/// <c>summary: {en: Flight changes, es: Cambios de vuelo}</c>.
/// </summary>
/// <remarks>
/// A plain string is the text of <see cref="DefaultLanguage"/> (the channel's first language, or the brand's for
/// brand-wide fields). Asking for a language the field has no text in gives the default language's text, marked as a
/// fallback so the output can carry <c>lang</c> for screen readers.
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly ImmutableArray<KeyValuePair<string, string>> _texts;

    private LocalizedText(string defaultLanguage, ImmutableArray<KeyValuePair<string, string>> texts)
    {
        DefaultLanguage = defaultLanguage;
        _texts = texts;
    }

    /// <summary>The language a plain string is in, and the one every missing language falls back to.</summary>
    public string DefaultLanguage { get; }

    /// <summary>Every text by language tag, in the order the file gives them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Texts => _texts;

    /// <summary>The text in the default language (or, when the file gave none in it, the first text given).</summary>
    public string Default => Find(DefaultLanguage) ?? _texts[0].Value;

    /// <summary>The language <see cref="Default"/> is written in.</summary>
    public string DefaultTextLanguage => Find(DefaultLanguage) is null ? _texts[0].Key : DefaultLanguage;

    /// <summary>A field written as a plain string, in <paramref name="language"/>.</summary>
    public static LocalizedText Plain(string text, string language) => new(language, [new(language, text)]);

    /// <summary>A field written as a map by language; <paramref name="texts"/> must not be empty.</summary>
    public static LocalizedText Of(string defaultLanguage, IEnumerable<KeyValuePair<string, string>> texts)
    {
        var list = texts.ToImmutableArray();
        if (list.IsEmpty) throw new ArgumentException("A localized text needs at least one language.", nameof(texts));
        return new LocalizedText(defaultLanguage, list);
    }

    /// <summary>True when the field has its own text in <paramref name="language"/> (or in its base language: pt for pt-BR).</summary>
    public bool Has(string language) => Find(language) is not null;

    /// <summary>The text to show in <paramref name="language"/>: its own, else the default language's.</summary>
    public LocalizedValue In(string language) => Find(language) is { } own
        ? new LocalizedValue(own, language, IsFallback: false)
        : new LocalizedValue(Default, DefaultTextLanguage, IsFallback: true);

    /// <summary>The default language's text, so a field still reads as text where one language is enough (logs).</summary>
    public override string ToString() => Default;

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) => other is not null &&
        DefaultLanguage == other.DefaultLanguage && _texts.SequenceEqual(other._texts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DefaultLanguage, _texts.Length, _texts[0].Value);

    // Exact tag first (case-insensitive: BCP 47 tags are), then the base language, so 'pt' serves 'pt-BR' pages.
    private string? Find(string language)
    {
        foreach (var (tag, text) in _texts)
            if (string.Equals(tag, language, StringComparison.OrdinalIgnoreCase)) return text;
        var dash = language.IndexOf('-');
        if (dash <= 0) return null;
        var baseLanguage = language[..dash];
        foreach (var (tag, text) in _texts)
            if (string.Equals(tag, baseLanguage, StringComparison.OrdinalIgnoreCase)) return text;
        return null;
    }
}

/// <summary>The text a localized field shows in one language.</summary>
/// <param name="Text">The text.</param>
/// <param name="Language">The language it is written in.</param>
/// <param name="IsFallback">True when the field had no text in the language asked for.</param>
public readonly record struct LocalizedValue(string Text, string Language, bool IsFallback);
