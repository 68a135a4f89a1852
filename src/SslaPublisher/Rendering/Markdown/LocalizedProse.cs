using System.Net;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Markdown;

/// <summary>
/// Renders a localized prose field for a page in one language: the page language's text, or the default language's
/// wrapped in an element carrying its <c>lang</c>, so a screen reader reads it in the right voice.
/// </summary>
public static class LocalizedProse
{
    /// <summary>Block Markdown (paragraphs, lists); a fallback is wrapped in <c>&lt;div lang dir="auto"&gt;</c>.</summary>
    public static TrustedHtml Block(LocalizedText? text, string language) => Render(text, language, inline: false);

    /// <summary>One-paragraph Markdown; a fallback is wrapped in <c>&lt;span lang dir="auto"&gt;</c>.</summary>
    public static TrustedHtml Inline(LocalizedText? text, string language) => Render(text, language, inline: true);

    /// <summary>Wraps already rendered HTML in the element that names its language, when it is not the page's.</summary>
    public static TrustedHtml Mark(TrustedHtml html, LocalizedValue value, string pageLanguage, bool inline)
    {
        if (html.Value.Length == 0 || string.Equals(value.Language, pageLanguage, StringComparison.OrdinalIgnoreCase)) return html;
        var element = inline ? "span" : "div";
        return new TrustedHtml($"<{element} lang=\"{WebUtility.HtmlEncode(value.Language)}\" dir=\"auto\">{html.Value}</{element}>");
    }

    private static TrustedHtml Render(LocalizedText? text, string language, bool inline)
    {
        if (text is null) return new TrustedHtml("");
        var value = text.In(language);
        var html = inline ? ProseRenderer.Inline(value.Text) : ProseRenderer.Block(value.Text);
        return Mark(html, value, language, inline);
    }
}
