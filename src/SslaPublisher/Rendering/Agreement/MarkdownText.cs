using System.Text;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>Escaping for untrusted text placed in the generated <c>agreement.md</c>.</summary>
/// <remarks>
/// Plain fields (names, roles, statements) must read as typed when the Markdown is rendered again (GitHub, an
/// editor preview): a name like <c>*Acme* &lt;img onerror=…&gt;</c> must neither format nor become HTML, and a line
/// break must not end a list item or a table row.
/// </remarks>
internal static class MarkdownText
{
    // Every character CommonMark lets a backslash escape that could start markup inline.
    private const string Special = "\\`*_[]<>|~#&!{}";

    /// <summary>Plain text, escaped so it renders as itself, on one line.</summary>
    public static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Special.Contains(c)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Prose that is already Markdown, kept as written except raw HTML and links to unsafe targets: the HTML page
    /// renders raw HTML as text and drops such links, and the Markdown file must not let either through to
    /// whatever renders the file next.
    /// </summary>
    public static string Prose(string markdown) =>
        MarkdownLinkFilter.KeepSafeLinks(markdown.Trim()).Replace("<", "&lt;", StringComparison.Ordinal);

    /// <summary>
    /// Prose placed in a table cell or list item: on one line, and with <c>|</c> escaped so it cannot end the cell
    /// (inside code spans too: GFM tables split on unescaped pipes before reading inlines).
    /// </summary>
    public static string InlineProse(string markdown) =>
        Prose(markdown).ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A URL made safe for a Markdown link destination.</summary>
    public static string Url(string url) => url
        .Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal)
        .Replace(")", "%29", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal)
        .Replace(">", "%3E", StringComparison.Ordinal);
}
