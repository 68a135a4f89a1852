using System.Net;
using System.Text;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Markdown;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>
/// How text reaches one output format. The agreement has one view model for both outputs; only this policy differs,
/// so the HTML page and the Markdown file cannot drift apart in content.
/// </summary>
/// <remarks>
/// The agreement's prose fields (service details, notes, roles, level names and statements) may be written in ssla.yaml
/// in each language; the page shows its own language's text, or the brand's default language's. Names (parties,
/// people) are one string, in the brand's default language. Wherever a text is not in the page's language the HTML
/// marks it with its <c>lang</c> (and <c>dir="auto"</c>), so a screen reader switches voice and an English note sits
/// the right way round on an Arabic page; Markdown has no such markup and gets them escaped only.
/// </remarks>
internal sealed class AgreementTextPolicy
{
    private readonly bool _html;
    private readonly string _pageLanguage;
    private readonly string _textLanguage;

    private AgreementTextPolicy(bool html, string pageLanguage, string textLanguage)
    {
        _html = html;
        _pageLanguage = pageLanguage;
        _textLanguage = textLanguage;
    }

    /// <summary>
    /// For an <c>agreement.html</c> in <paramref name="pageLanguage"/> whose ssla.yaml texts are in
    /// <paramref name="textLanguage"/>. Plain text and URLs stay as they are: <see cref="HtmlTemplateContext"/>
    /// escapes them on write.
    /// </summary>
    public static AgreementTextPolicy Html(string pageLanguage, string textLanguage) => new(true, pageLanguage, textLanguage);

    /// <summary>For an <c>agreement.md</c> in <paramref name="language"/>: written raw by the text template, so everything is escaped here.</summary>
    public static AgreementTextPolicy Markdown(string language) => new(false, language, language);

    /// <summary>The language single-string ssla.yaml texts (names) are written in: the brand's default.</summary>
    public string TextLanguage => _textLanguage;

    /// <summary>Plain text in the page's language or neutral (names, numbers, labels): escaped for Markdown.</summary>
    public string Plain(string text) => _html ? text : MarkdownText.Plain(text);

    /// <summary>A vetted URL (http(s), tel:, mailto:) as it goes into a link.</summary>
    public string Url(string url) => _html ? url : MarkdownText.Url(url);

    /// <summary>
    /// A single-string ssla.yaml text (a party's or a person's name, a representative, a contact), marked with the
    /// language plain ssla.yaml strings are in when it is not the page's.
    /// </summary>
    public object Own(string text)
    {
        return Text(new LocalizedValue(text, _textLanguage, IsFallback: false));
    }

    /// <summary>
    /// ssla.yaml texts (people to call, with their roles) listed with the page language's <paramref name="separator"/>:
    /// each item marked with its language when it is not the page's, so on an Arabic page English names keep their own
    /// order and the Arabic "و" between them reads right to left.
    /// </summary>
    public object OwnList(IEnumerable<LocalizedValue> items, string separator)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!_html) return MarkdownText.Plain(string.Join(separator, items.Select(i => i.Text)));
        return new TrustedHtml(string.Join(WebUtility.HtmlEncode(separator),
            items.Select(i => LocalizedProse.Mark(new TrustedHtml(WebUtility.HtmlEncode(i.Text)), i, _pageLanguage, inline: true).Value)));
    }

    /// <summary>A Markdown prose field of ssla.yaml as blocks, in the page's language or its fallback marked with its own.</summary>
    public object? Block(LocalizedText? markdown)
    {
        if (markdown is null) return null;
        var value = markdown.In(_pageLanguage);
        if (!_html) return MarkdownText.Prose(value.Text);
        return LocalizedProse.Mark(ProseRenderer.Block(value.Text), value, _pageLanguage, inline: false);
    }

    /// <summary>A Markdown prose field of ssla.yaml inside a cell or list item, marked like <see cref="Block"/>.</summary>
    public object? Inline(LocalizedText? markdown)
    {
        if (markdown is null) return null;
        var value = markdown.In(_pageLanguage);
        if (!_html) return MarkdownText.InlineProse(value.Text);
        return LocalizedProse.Mark(ProseRenderer.Inline(value.Text), value, _pageLanguage, inline: true);
    }

    /// <summary>
    /// A plain-text field of ssla.yaml in one or more languages (a level's name, a holding statement, the public
    /// crisis statement, an off-hours rule) in the page's language, or its fallback marked with its language.
    /// </summary>
    public object Localized(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Text(text.In(_pageLanguage));
    }

    // Plain text as it is (the template escapes it) in the page's language; marked with its own language otherwise.
    private object Text(LocalizedValue value)
    {
        if (!_html) return MarkdownText.Plain(value.Text);
        return string.Equals(value.Language, _pageLanguage, StringComparison.OrdinalIgnoreCase)
            ? value.Text
            : LocalizedProse.Mark(new TrustedHtml(WebUtility.HtmlEncode(value.Text)), value, _pageLanguage, inline: true);
    }

    /// <summary>
    /// A sentence of the language (<paramref name="pattern"/>, from the UI strings) with its <c>{name}</c> places
    /// filled by plain <paramref name="values"/>: those named in <paramref name="strong"/> stand out (bold), those in
    /// <paramref name="own"/> are ssla.yaml texts and are marked with <paramref name="ownLanguage"/> (by default the
    /// language of plain ssla.yaml strings) when it is not the page's.
    /// </summary>
    public object Sentence(string pattern, IReadOnlyList<(string Name, string Value)> values, string[]? strong = null, string[]? own = null,
        string? ownLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(values);
        var result = new StringBuilder();
        var at = 0;
        while (at < pattern.Length)
        {
            var open = pattern.IndexOf('{', at);
            var close = open < 0 ? -1 : pattern.IndexOf('}', open);
            var name = close < 0 ? null : pattern[(open + 1)..close];
            var value = name is null ? null : values.FirstOrDefault(v => v.Name == name).Value;
            if (value is null)
            {
                // No placeholder, or braces that are not one: the text as written, up to the next place worth looking.
                var end = open < 0 ? pattern.Length : open + 1;
                result.Append(Escape(pattern[at..end]));
                at = end;
                continue;
            }
            result.Append(Escape(pattern[at..open]));
            var piece = own?.Contains(name) == true && _html
                ? LocalizedProse.Mark(new TrustedHtml(WebUtility.HtmlEncode(value)), new LocalizedValue(value, ownLanguage ?? _textLanguage, true), _pageLanguage, inline: true).Value
                : Escape(value);
            result.Append(strong?.Contains(name) == true ? (_html ? $"<strong>{piece}</strong>" : $"**{piece}**") : piece);
            at = close + 1;
        }
        return _html ? new TrustedHtml(result.ToString()) : result.ToString();
    }

    private string Escape(string text) => _html ? WebUtility.HtmlEncode(text) : MarkdownText.Plain(text);
}
