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
/// The agreement's own fields (names, roles, statements, notes) are written in ssla.yaml in one language, the
/// brand's default. On a page in another language the HTML marks them with that <c>lang</c> (and
/// <c>dir="auto"</c>), so a screen reader switches voice and an English note sits the right way round on an Arabic
/// page; Markdown has no such markup and gets them escaped only.
/// </remarks>
internal sealed class AgreementTextPolicy
{
    private readonly bool _html;
    private readonly string _pageLanguage;
    private readonly string? _foreignLanguage;

    private AgreementTextPolicy(bool html, string pageLanguage, string textLanguage)
    {
        _html = html;
        _pageLanguage = pageLanguage;
        _foreignLanguage = string.Equals(pageLanguage, textLanguage, StringComparison.OrdinalIgnoreCase) ? null : textLanguage;
    }

    /// <summary>
    /// For an <c>agreement.html</c> in <paramref name="pageLanguage"/> whose ssla.yaml texts are in
    /// <paramref name="textLanguage"/>. Plain text and URLs stay as they are: <see cref="HtmlTemplateContext"/>
    /// escapes them on write.
    /// </summary>
    public static AgreementTextPolicy Html(string pageLanguage, string textLanguage) => new(true, pageLanguage, textLanguage);

    /// <summary>For an <c>agreement.md</c> in <paramref name="language"/>: written raw by the text template, so everything is escaped here.</summary>
    public static AgreementTextPolicy Markdown(string language) => new(false, language, language);

    /// <summary>Plain text in the page's language or neutral (names, numbers, labels): escaped for Markdown.</summary>
    public string Plain(string text) => _html ? text : MarkdownText.Plain(text);

    /// <summary>A vetted URL (http(s), tel:, mailto:) as it goes into a link.</summary>
    public string Url(string url) => _html ? url : MarkdownText.Url(url);

    /// <summary>A plain ssla.yaml text (a role, a statement), marked with its language when it is not the page's.</summary>
    public object Own(string text)
    {
        if (!_html) return MarkdownText.Plain(text);
        return _foreignLanguage is null ? text : Marked(WebUtility.HtmlEncode(text), inline: true);
    }

    /// <summary>
    /// ssla.yaml texts (names of people to call) listed with the page language's <paramref name="separator"/>: each
    /// item marked like <see cref="Own"/>, so on an Arabic page English names keep their own order and the Arabic
    /// "و" between them reads right to left.
    /// </summary>
    public object OwnList(IEnumerable<string> items, string separator)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!_html) return MarkdownText.Plain(string.Join(separator, items));
        if (_foreignLanguage is null) return string.Join(separator, items);
        return new TrustedHtml(string.Join(WebUtility.HtmlEncode(separator), items.Select(i => Marked(WebUtility.HtmlEncode(i), inline: true).Value)));
    }

    /// <summary>A Markdown prose field of ssla.yaml as blocks, marked with its language when it is not the page's.</summary>
    public object? Block(string? markdown)
    {
        if (markdown is null) return null;
        if (!_html) return MarkdownText.Prose(markdown);
        var html = ProseRenderer.Block(markdown);
        return _foreignLanguage is null ? html : Marked(html.Value, inline: false);
    }

    /// <summary>A Markdown prose field of ssla.yaml inside a cell or list item, marked like <see cref="Block"/>.</summary>
    public object? Inline(string? markdown)
    {
        if (markdown is null) return null;
        if (!_html) return MarkdownText.InlineProse(markdown);
        var html = ProseRenderer.Inline(markdown);
        return _foreignLanguage is null ? html : Marked(html.Value, inline: true);
    }

    /// <summary>A localized field (the public crisis statement, an off-hours rule) in the page's language or its fallback.</summary>
    public object Localized(LocalizedValue value)
    {
        if (!_html) return MarkdownText.Plain(value.Text);
        return LocalizedProse.Mark(new TrustedHtml(WebUtility.HtmlEncode(value.Text)), value, _pageLanguage, inline: true);
    }

    /// <summary>
    /// A sentence of the language (<paramref name="pattern"/>, from the UI strings) with its <c>{name}</c> places
    /// filled by plain <paramref name="values"/>: those named in <paramref name="strong"/> stand out (bold), those in
    /// <paramref name="own"/> are ssla.yaml texts and are marked with their language like <see cref="Own"/>.
    /// </summary>
    public object Sentence(string pattern, IReadOnlyList<(string Name, string Value)> values, string[]? strong = null, string[]? own = null)
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
            var piece = own?.Contains(name) == true && _html && _foreignLanguage is not null
                ? Marked(WebUtility.HtmlEncode(value), inline: true).Value
                : Escape(value);
            result.Append(strong?.Contains(name) == true ? (_html ? $"<strong>{piece}</strong>" : $"**{piece}**") : piece);
            at = close + 1;
        }
        return _html ? new TrustedHtml(result.ToString()) : result.ToString();
    }

    private string Escape(string text) => _html ? WebUtility.HtmlEncode(text) : MarkdownText.Plain(text);

    private TrustedHtml Marked(string html, bool inline)
    {
        var element = inline ? "span" : "div";
        return new TrustedHtml($"<{element} lang=\"{WebUtility.HtmlEncode(_foreignLanguage)}\" dir=\"auto\">{html}</{element}>");
    }
}
