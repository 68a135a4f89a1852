using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Markdown;

/// <summary>
/// Keeps only what a prose field may put on a page, by editing Markdig's syntax tree before it is written: an
/// allow-list of node kinds (paragraphs, lists, quotes, emphasis, strikethrough, code, line breaks, links) and links
/// whose target <see cref="SafeUrl"/> allows (absolute http, https, mailto, tel). A link to anything else becomes its
/// text; headings, code blocks and images become plain paragraphs, code and text; any other node is dropped.
/// </summary>
/// <remarks>
/// Why the tree and not the HTML: with raw HTML off (<see cref="ProsePipeline"/>), Markdig writes nothing but the
/// elements of the nodes in the tree, with every text and attribute value escaped, so deciding which nodes remain
/// decides the whole markup. Markdig itself keeps <c>javascript:</c> links, hence the link check. HtmlSanitizer did
/// this job on the HTML before, at the price of parsing every text again with AngleSharp and of AngleSharp's CSS
/// tables (≈ 0.25 s of every build's start) for a language that has no CSS.
/// </remarks>
public static class ProseSanitizer
{
    /// <summary>Elements the sanitized prose can contain, whatever its Markdown (the contract tests hold it to).</summary>
    public static IReadOnlySet<string> AllowedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "em", "strong", "del", "code", "a", "ul", "ol", "li", "blockquote",
    };

    /// <summary>Edits <paramref name="document"/> in place so that only allowed nodes and safe links remain.</summary>
    public static void Sanitize(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        SanitizeBlocks(document);
    }

    private static void SanitizeBlocks(ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            switch (container[i])
            {
                case ListBlock or ListItemBlock or QuoteBlock:
                    SanitizeBlocks((ContainerBlock)container[i]);
                    break;
                case ParagraphBlock paragraph:
                    SanitizeInlines(paragraph.Inline);
                    break;
                case HeadingBlock heading:
                    // A heading in a summary would outrank the page's own headings: its words stay, as a paragraph.
                    var words = Paragraph(Children(heading.Inline));
                    container[i] = words;
                    SanitizeInlines(words.Inline);
                    break;
                case CodeBlock code:
                    // Fenced or indented code: its text as code in a paragraph (no <pre>, no language class).
                    container[i] = Paragraph(Wrap(new CodeInline(code.Lines.ToString().TrimEnd('\n'))));
                    break;
                case LinkReferenceDefinitionGroup:
                    // Writes nothing; the links that use a definition are checked where they stand.
                    break;
                default:
                    // Thematic breaks, blank-line markers and any block kind a future pipeline might add.
                    container.RemoveAt(i);
                    break;
            }
        }
    }

    private static void SanitizeInlines(ContainerInline? container)
    {
        var inline = container?.FirstChild;
        while (inline is not null)
        {
            var next = inline.NextSibling;
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    // An image in prose shows its description instead (a promise page carries the brand's own images).
                    SanitizeInlines(image);
                    Unwrap(image);
                    break;
                case LinkInline link when link.Url is { } url && SafeUrl.IsAllowed(url.Trim()):
                    SanitizeInlines(link);
                    Mark(link, PlainText(link));
                    break;
                case LinkInline link:
                    // A link whose target is refused (javascript:, data:, a relative path) becomes its plain text.
                    SanitizeInlines(link);
                    Unwrap(link);
                    break;
                case AutolinkInline autolink:
                    var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    if (SafeUrl.IsAllowed(target.Trim())) Mark(autolink, autolink.Url);
                    else autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case EmphasisInline emphasis:
                    SanitizeInlines(emphasis);
                    break;
                case LiteralInline or CodeInline or LineBreakInline or HtmlEntityInline:
                    break;
                case DelimiterInline delimiter:
                    // An unmatched "[", "![" or "*" stays in the tree as a delimiter, which Markdig writes as its text.
                    delimiter.InsertBefore(new LiteralInline(delimiter.ToLiteral()));
                    SanitizeInlines(delimiter);
                    Unwrap(delimiter);
                    break;
                case ContainerInline other:
                    // A container kind the pipeline should not make: keep its words, not its element.
                    SanitizeInlines(other);
                    Unwrap(other);
                    break;
                default:
                    inline.Remove();
                    break;
            }
            inline = next;
        }
    }

    // Links lead off the page to places the brand's author chose: search engines are told not to vouch for them,
    // and the opener never leaks. A link that shows its own address (a bare URL in a crisis statement) is read left
    // to right in any page: isolated as such, an Arabic sentence cannot reorder its parts, and class "url" lets the
    // page keep it on one line where it fits instead of breaking it at its hyphen.
    private static void Mark(Inline link, string text)
    {
        var attributes = link.GetAttributes();
        attributes.AddProperty("rel", "nofollow noopener");
        if (ShowsAddress(text))
        {
            attributes.AddProperty("dir", "ltr");
            attributes.AddProperty("class", "url");
        }
    }

    // An address as text: one word that is an absolute URL (https://…, mailto:…) or starts with www.
    private static bool ShowsAddress(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && !trimmed.Any(char.IsWhiteSpace) &&
            (Uri.TryCreate(trimmed, UriKind.Absolute, out _) || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }

    private static string PlainText(ContainerInline container) => string.Concat(container.Descendants<Inline>().Select(inline => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        _ => "",
    }));

    // Puts the children of a container where it stood, and removes it.
    private static void Unwrap(ContainerInline container)
    {
        foreach (var child in Detach(container)) container.InsertBefore(child);
        container.Remove();
    }

    // The children of a container in a new one (an inline belongs to one block; Markdig refuses to share it).
    private static ContainerInline Children(ContainerInline? container)
    {
        var moved = new ContainerInline();
        if (container is not null)
            foreach (var child in Detach(container)) moved.AppendChild(child);
        return moved;
    }

    // Takes every child out of a container, in order, so each can be placed elsewhere.
    private static List<Inline> Detach(ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = container.FirstChild)
        {
            child.Remove();
            children.Add(child);
        }
        return children;
    }

    private static ContainerInline Wrap(Inline inline)
    {
        var container = new ContainerInline();
        container.AppendChild(inline);
        return container;
    }

    private static ParagraphBlock Paragraph(ContainerInline inlines) => new() { Inline = inlines };
}
