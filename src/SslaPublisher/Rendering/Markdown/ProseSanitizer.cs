using Ganss.Xss;

namespace SslaPublisher.Rendering.Markdown;

/// <summary>
/// Keeps only the HTML a prose field may produce: an allow-list of tags and attributes, and links whose scheme is
/// http, https, mailto or tel. Everything else is removed (elements) or dropped (attributes).
/// </summary>
public static class ProseSanitizer
{
    /// <summary>Tags Markdown prose may use on a page.</summary>
    public static IReadOnlySet<string> AllowedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "em", "strong", "del", "code", "a", "ul", "ol", "li", "blockquote",
    };

    /// <summary>URL schemes kept in <c>href</c>; any other link loses its target.</summary>
    public static IReadOnlySet<string> AllowedSchemes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "mailto", "tel",
    };

    // HtmlSanitizer instances are safe to share once configured (the options are read-only afterwards).
    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>Sanitizes an HTML fragment.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        })
        {
            KeepChildNodes = true,
        };
        // Links in prose lead off the page to places the brand's author chose, not the brand itself: tell
        // search engines not to vouch for them, and never leak the opener.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not AngleSharp.Dom.IElement { LocalName: "a" } link) return;
            if (!link.HasAttribute("href"))
            {
                // A link whose target was removed (javascript:, data:…) becomes its plain text, not a dead <a>.
                link.Replace([.. link.ChildNodes]);
                return;
            }
            link.SetAttribute("rel", "nofollow noopener");
            // A link that shows its address (a bare URL in a crisis statement) is read left to right in any page:
            // isolated as such, an Arabic sentence cannot reorder its parts, and class "url" lets the page keep it
            // on one line where it fits instead of breaking it at its hyphen.
            if (ShowsAddress(link.TextContent))
            {
                link.SetAttribute("dir", "ltr");
                link.ClassList.Add("url");
            }
        };
        return sanitizer;
    }

    // An address as text: one word that is an absolute URL (https://…, mailto:…) or starts with www.
    private static bool ShowsAddress(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && !trimmed.Any(char.IsWhiteSpace) &&
            (Uri.TryCreate(trimmed, UriKind.Absolute, out _) || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }
}
