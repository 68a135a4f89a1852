using System.Globalization;
using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>
/// Turns an untrusted prose field of the agreement into safe HTML: Markdig with raw HTML off, then HtmlSanitizer
/// with an allow-list of tags and of link schemes (Markdig alone keeps <c>javascript:</c> links).
/// </summary>
/// <remarks>
/// Local to the agreement until the pages feature's shared <c>Rendering/Markdown</c> helper is on main; it has the
/// same two entry points (<see cref="Block"/>, <see cref="Inline"/>) so switching is a rename.
/// </remarks>
internal static class AgreementProse
{
    // Chosen one by one: UseAdvancedExtensions() would bring GenericAttributes, which turns {onclick=…} into attributes.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    // Configured once, then only read: safe to share between brands built in parallel.
    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(["p", "br", "em", "strong", "del", "code", "a", "ul", "ol", "li", "blockquote"], StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
    })
    { KeepChildNodes = true };

    /// <summary>Block Markdown (paragraphs, lists) as sanitized HTML; empty for null.</summary>
    public static TrustedHtml Block(string? markdown) => Render(markdown, inline: false);

    /// <summary>A one-paragraph field without its <c>&lt;p&gt;</c>, for table cells and list items.</summary>
    public static TrustedHtml Inline(string? markdown) => Render(markdown, inline: true);

    private static TrustedHtml Render(string? markdown, bool inline)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return new TrustedHtml("");
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        using var writer = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline && document.Count == 1 && document[0] is ParagraphBlock };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new TrustedHtml(Sanitizer.Sanitize(writer.ToString().Trim()));
    }
}
