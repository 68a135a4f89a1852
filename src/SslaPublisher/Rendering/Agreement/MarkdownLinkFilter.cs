using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Markdown;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>
/// Removes the links of a Markdown prose field whose target could run script or leave the page (any target
/// <see cref="SafeUrl"/> refuses: <c>javascript:</c>, <c>data:</c>, relative paths) before the prose is copied into
/// <c>agreement.md</c>. The HTML page gets the same protection from <see cref="ProseSanitizer"/>; the Markdown file
/// is rendered again by whatever opens it next, so its links are cleaned in the Markdown itself.
/// </summary>
internal static class MarkdownLinkFilter
{
    /// <summary>The prose with each unsafe link replaced by its text, and each unsafe reference definition removed.</summary>
    public static string KeepSafeLinks(string markdown)
    {
        // Parsed with the pages' extensions, so exactly what renders as a link there is examined here.
        var document = Markdig.Markdown.Parse(markdown, ProsePipeline.WithSourcePositions);
        var cuts = new List<(SourceSpan Span, string Replacement)>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !SafeUrl.IsAllowed(url.Trim())) cuts.Add((link.Span, PlainText(link)));
        }
        foreach (var definition in document.Descendants<LinkReferenceDefinition>())
        {
            if (!SafeUrl.IsAllowed(definition.Url?.Trim() ?? "")) cuts.Add((definition.Span, ""));
        }
        // An unsafe image inside an unsafe link goes with the link; apply from the end so earlier spans stay valid.
        var outermost = cuts.Where(c => !cuts.Any(o => o != c && o.Span.Start <= c.Span.Start && c.Span.End <= o.Span.End))
            .OrderByDescending(c => c.Span.Start);
        var result = new StringBuilder(markdown);
        foreach (var (span, replacement) in outermost)
        {
            result.Remove(span.Start, span.Length);
            result.Insert(span.Start, replacement);
        }
        return result.ToString();
    }

    private static string PlainText(ContainerInline container) => string.Concat(container.Descendants<Inline>().Select(inline => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        _ => "",
    }));
}
