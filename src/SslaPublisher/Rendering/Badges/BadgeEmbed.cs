using System.Net;
using System.Text;

namespace SslaPublisher.Rendering.Badges;

/// <summary>The snippets a brand pastes to show a badge: an HTML <c>&lt;img&gt;</c> and Markdown image syntax.</summary>
/// <remarks>
/// The badge text is untrusted, so the HTML snippet encodes its attributes and the Markdown snippet escapes the
/// characters that would end the alt text. The URL is the brand's <c>base_url</c> (already checked to be http(s))
/// joined with the badge's site path, whose characters are limited to <c>[A-Za-z0-9._/-]</c>; without a
/// <c>base_url</c> the snippet uses the relative path, which works from pages of the promise site itself.
/// </remarks>
public static class BadgeEmbed
{
    /// <summary>The badge's URL: <c>https://promise.example/badges/x-help-replies.svg</c>.</summary>
    public static string Url(string? baseUrl, string sitePath) =>
        string.IsNullOrEmpty(baseUrl) ? sitePath : baseUrl.TrimEnd('/') + "/" + sitePath;

    /// <summary><c>&lt;img src="…" alt="X replies: 15 min" width="97" height="20"&gt;</c>.</summary>
    public static string Html(string url, BadgeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return $"<img src=\"{WebUtility.HtmlEncode(url)}\" alt=\"{WebUtility.HtmlEncode(layout.AccessibleText)}\" " +
               $"width=\"{BadgeSvgModel.Number(layout.Width)}\" height=\"{BadgeSvgModel.Number(layout.Height)}\">";
    }

    /// <summary><c>![X replies: 15 min](https://…/badges/x-help-replies.svg)</c>.</summary>
    public static string Markdown(string url, BadgeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return $"![{EscapeMarkdown(layout.AccessibleText)}]({EscapeUrl(url)})";
    }

    // Backslash-escape what could end the alt text or start markup inside it (CommonMark allows the escapes).
    private static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '[' or ']' or '<' or '>' or '*' or '_' or '`' or '&' or '!') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    // A link destination must not hold spaces or unbalanced parentheses; percent-encode them.
    private static string EscapeUrl(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal)
           .Replace(")", "%29", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
}
