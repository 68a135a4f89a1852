using System.Collections.Concurrent;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Markdown;

/// <summary>Turns an untrusted prose field into safe HTML: Markdig (raw HTML off), its tree sanitized, then written.</summary>
public static class ProseRenderer
{
    /// <summary>Renders block Markdown (paragraphs, lists) as sanitized HTML.</summary>
    public static TrustedHtml Block(string? markdown) => Render(markdown, inline: false);

    /// <summary>
    /// Renders a one-paragraph field without its <c>&lt;p&gt;</c> wrapper, for places where a paragraph cannot go
    /// (inside a list item or a table cell). Text with several blocks keeps them.
    /// </summary>
    public static TrustedHtml Inline(string? markdown) => Render(markdown, inline: true);

    // The same text is rendered several times a brand (a channel's summary on the home page and on its own page, in
    // every page language; the crisis statement on every page), so each result is kept: the output is a function of
    // the text alone. Bounded, since an agency build renders a million texts: past the limit the cache starts again.
    private const int CacheLimit = 4096;
    private static readonly ConcurrentDictionary<(string Markdown, bool Inline), TrustedHtml> Rendered = new();

    private static TrustedHtml Render(string? markdown, bool inline)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return new TrustedHtml("");
        if (Rendered.TryGetValue((markdown, inline), out var cached)) return cached;
        if (Rendered.Count >= CacheLimit) Rendered.Clear();
        return Rendered[(markdown, inline)] = RenderUncached(markdown, inline);
    }

    private static TrustedHtml RenderUncached(string markdown, bool inline)
    {
        var document = Markdig.Markdown.Parse(markdown, ProsePipeline.Instance);
        ProseSanitizer.Sanitize(document);
        using var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer)
        {
            // A single paragraph renders as its inline content only.
            ImplicitParagraph = inline && document.Count == 1 && document[0] is ParagraphBlock,
        };
        ProsePipeline.Instance.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new TrustedHtml(writer.ToString().Trim());
    }
}
