using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Markdown;

/// <summary>Turns an untrusted prose field into safe HTML: Markdig (raw HTML off), then the sanitizer.</summary>
public static class ProseRenderer
{
    /// <summary>Renders block Markdown (paragraphs, lists) as sanitized HTML.</summary>
    public static TrustedHtml Block(string? markdown) => Render(markdown, inline: false);

    /// <summary>
    /// Renders a one-paragraph field without its <c>&lt;p&gt;</c> wrapper, for places where a paragraph cannot go
    /// (inside a list item or a table cell). Text with several blocks keeps them.
    /// </summary>
    public static TrustedHtml Inline(string? markdown) => Render(markdown, inline: true);

    private static TrustedHtml Render(string? markdown, bool inline)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return new TrustedHtml("");
        var document = Markdig.Markdown.Parse(markdown, ProsePipeline.Instance);
        using var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer)
        {
            // A single paragraph renders as its inline content only.
            ImplicitParagraph = inline && document.Count == 1 && document[0] is ParagraphBlock,
        };
        ProsePipeline.Instance.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new TrustedHtml(ProseSanitizer.Sanitize(writer.ToString().Trim()));
    }
}
