using System.Net;
using System.Text.RegularExpressions;

namespace SslaPublisher.Profiles.Mastodon;

/// <summary>
/// The plain text of a public account's <c>note</c>, which Mastodon serves as HTML: paragraphs become blank lines,
/// <c>&lt;br&gt;</c> line breaks, links their whole text (Mastodon splits long URLs into invisible and visible spans,
/// whose texts together are the URL), entities decoded.
/// </summary>
public static partial class MastodonNoteText
{
    [GeneratedRegex(@"</p>\s*<p[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>The text of <paramref name="html"/>.</summary>
    public static string ToPlain(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = ParagraphBreak().Replace(html, "\n\n");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, "");
        return WebUtility.HtmlDecode(text).Trim();
    }
}
