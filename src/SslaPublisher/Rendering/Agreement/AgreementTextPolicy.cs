using SslaPublisher.Rendering.Markdown;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>
/// How untrusted text reaches one output format. The agreement has one view model for both outputs; only this
/// policy differs, so the HTML page and the Markdown file cannot drift apart in content.
/// </summary>
/// <param name="Plain">Plain text (names, statements): as is for HTML, where the template context escapes it; escaped for Markdown.</param>
/// <param name="Block">A Markdown prose field as blocks: sanitized HTML, or Markdown with raw HTML defused.</param>
/// <param name="Inline">A Markdown prose field inside a cell or list item.</param>
/// <param name="Url">A vetted URL (http(s), tel:, mailto:) as it goes into a link.</param>
internal sealed record AgreementTextPolicy(
    Func<string, string> Plain,
    Func<string?, object?> Block,
    Func<string?, object?> Inline,
    Func<string, string> Url)
{
    /// <summary>For <c>agreement.html</c>: <see cref="Templates.HtmlTemplateContext"/> escapes plain text and URLs on write.</summary>
    public static AgreementTextPolicy Html { get; } = new(
        text => text,
        markdown => markdown is null ? null : ProseRenderer.Block(markdown),
        markdown => markdown is null ? null : ProseRenderer.Inline(markdown),
        url => url);

    /// <summary>For <c>agreement.md</c>: written raw by the text template, so escaped here.</summary>
    public static AgreementTextPolicy Markdown { get; } = new(
        MarkdownText.Plain,
        markdown => markdown is null ? null : MarkdownText.Prose(markdown),
        markdown => markdown is null ? null : MarkdownText.InlineProse(markdown),
        MarkdownText.Url);
}
