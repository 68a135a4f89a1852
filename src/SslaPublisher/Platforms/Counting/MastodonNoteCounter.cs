using System.Text;
using System.Text.RegularExpressions;

namespace SslaPublisher.Platforms.Counting;

/// <summary>Mastodon's profile note length (app/validators/note_length_validator.rb).</summary>
/// <remarks>
/// Mastodon replaces every <c>http(s)://</c> URL with 23 characters and every <c>@user@domain</c> mention with
/// <c>@user</c>, then counts grapheme clusters. URLs are found by twitter-text's rules over its TLD list (or the list
/// given); those with a TLD the list does not know count the larger of 23 and their own length, so the count is never
/// below Mastodon's. Instances are safe to share between threads.
/// </remarks>
public sealed partial class MastodonNoteCounter(TopLevelDomains? topLevelDomains = null) : ITextCounter
{
    private const int UrlLength = 23;

    private readonly CautiousUrlFinder _urls = new(topLevelDomains ?? TopLevelDomains.TwitterText, requireProtocol: true);

    // Mastodon's Account::MENTION_RE: '@user' then an optional '@domain', not preceded by '=', '/' or a word character.
    [GeneratedRegex(@"(?<![=/\w])@(?<user>[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[\w]+(?:[.-]+[\w]+)*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    /// <inheritdoc />
    public CountingRule Rule => CountingRule.MastodonNote;

    /// <inheritdoc />
    public TextLength Count(string text)
    {
        var countable = new StringBuilder();
        var offset = 0;
        foreach (var url in _urls.Find(text))
        {
            countable.Append(text, offset, url.Start - offset);
            var full = GraphemeCounter.Graphemes(text.Substring(url.Start, url.Length));
            countable.Append('x', url.Certain ? UrlLength : Math.Max(UrlLength, full));
            offset = url.End;
        }
        countable.Append(text, offset, text.Length - offset);
        var withoutDomains = Mention().Replace(countable.ToString(), m => "@" + m.Groups["user"].Value);
        return new TextLength(GraphemeCounter.Graphemes(withoutDomains));
    }
}
