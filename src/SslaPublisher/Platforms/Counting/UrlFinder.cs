using System.Text.Json;
using System.Text.RegularExpressions;

namespace SslaPublisher.Platforms.Counting;

/// <summary>A URL found in a text.</summary>
/// <param name="Start">UTF-16 index of its first character.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Certain">
/// True when the platform is known to treat it as a link (its top-level domain was checked against a list); false
/// when no list was given and it only looks like one.
/// </param>
public readonly record struct UrlSpan(int Start, int Length, bool Certain)
{
    /// <summary>Index just past the URL.</summary>
    public int End => Start + Length;
}

/// <summary>Finds URLs the way twitter-text's <c>extractUrlsWithIndices</c> (3.1.0) does.</summary>
/// <remarks>
/// <para>The expressions are twitter-text's own (<c>twitter-text-url.json</c>, Apache-2.0, see THIRD-PARTY-NOTICES.md:
/// <c>extractUrl</c>, <c>validAsciiDomain</c>, <c>validTcoUrl</c>), embedded with their TLD lists left out, and the
/// steps around them are ported one for one: a URL without a scheme is not taken after <c>- _ . /</c> and keeps only
/// the ASCII domains inside its host; a t.co link keeps only its slug (at most 40 characters); every label of the host
/// must punycode to 1–63 characters and the URL with its scheme stay within 4,096 characters. A test compares the
/// embedded expressions with the npm package's and the results on ten thousand texts.</para>
/// <para>The TLDs come from the caller: with a <see cref="TopLevelDomains"/> list (twitter-text's own, say) the
/// results are twitter-text's and <see cref="UrlSpan.Certain"/>; without one, the shortest run of two or more letters or
/// marks not followed by an ASCII letter or digit is taken as a TLD and the results are only candidates, which
/// counters count at the larger of the shortened and the full length. Taking the shortest run matters: in
/// <c>acme.comへ</c> the candidate stops before <c>へ</c>, which then counts on its own as it does on X, so the count
/// is never below the platform's.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class UrlFinder
{
    private const int MaxUrlLength = 4096;
    private const int MaxTcoSlugLength = 40;
    private const int MaxLabelLength = 63;
    private const string DefaultProtocol = "https://";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Lazy<Dictionary<string, string>> Patterns = new(LoadPatterns);

    private readonly Regex _extractUrl;
    private readonly Regex _validAsciiDomain;
    private readonly Regex _validTcoUrl;
    private readonly Regex _invalidPrecedingChars;
    private readonly bool _certain;
    private readonly bool _requireProtocol;

    /// <summary>Creates a finder.</summary>
    /// <param name="topLevelDomains">Known TLDs, or null to accept any alphabetic TLD (candidates are then not certain).</param>
    /// <param name="requireProtocol">True to find only <c>http://</c> and <c>https://</c> URLs (Mastodon's rule).</param>
    public UrlFinder(TopLevelDomains? topLevelDomains = null, bool requireProtocol = false)
    {
        _certain = topLevelDomains is not null;
        _requireProtocol = requireProtocol;
        var tlds = topLevelDomains is null
            ? @"[\p{L}\p{M}]{2,}?"
            : string.Join('|', topLevelDomains.Names
                .OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));
        string WithTlds(string key) => Patterns.Value[key].Replace("{gtld}", tlds, StringComparison.Ordinal)
            .Replace("{cctld}", "(?!)", StringComparison.Ordinal);
        _extractUrl = new Regex(WithTlds("extractUrl"), Options);
        _validAsciiDomain = new Regex(WithTlds("validAsciiDomain"), Options);
        _validTcoUrl = new Regex(Patterns.Value["validTcoUrl"], Options);
        _invalidPrecedingChars = new Regex(Patterns.Value["invalidUrlWithoutProtocolPrecedingChars"], Options);
    }

    /// <summary>The URLs in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<UrlSpan> Find(string text)
    {
        if (text.IndexOf(_requireProtocol ? ':' : '.', StringComparison.Ordinal) < 0) return [];
        var found = new List<UrlSpan>();
        foreach (Match match in _extractUrl.Matches(text))
        {
            var before = match.Groups[2].Value;
            var url = match.Groups[3];
            var protocol = match.Groups[4].Value;
            var domain = match.Groups[5].Value;
            var hasPath = match.Groups[7].Length > 0;
            if (!IsValidUrl(url.Length, protocol.Length > 0 ? protocol.Length : DefaultProtocol.Length, domain)) continue;
            if (protocol.Length == 0) AddAsciiDomains(found, url, domain, hasPath, before);
            else if (WithTcoSlugOnly(url) is { } span) found.Add(span);
        }
        return found;
    }

    // Without a scheme, only the ASCII domains inside the host are links; the last one keeps the path.
    private void AddAsciiDomains(List<UrlSpan> found, Group url, string domain, bool hasPath, string before)
    {
        if (_requireProtocol || _invalidPrecedingChars.IsMatch(before)) return;
        var count = found.Count;
        var searchFrom = 0;
        foreach (Match ascii in _validAsciiDomain.Matches(domain))
        {
            var start = domain.IndexOf(ascii.Value, searchFrom, StringComparison.Ordinal);
            searchFrom = start + ascii.Length;
            found.Add(new UrlSpan(url.Index + start, ascii.Length, _certain));
        }
        if (found.Count == count || !hasPath) return;
        var last = found[^1];
        found[^1] = last with { Length = url.Index + url.Length - last.Start };
    }

    // A t.co link is its slug only; a slug over 40 characters is no link at all.
    private UrlSpan? WithTcoSlugOnly(Group url)
    {
        var tco = _validTcoUrl.Match(url.Value);
        if (!tco.Success) return new UrlSpan(url.Index, url.Length, _certain);
        return tco.Groups[1].Length > MaxTcoSlugLength ? null : new UrlSpan(url.Index, tco.Length, _certain);
    }

    // twitter-text's isValidUrl: every label punycodes to 1–63 characters; with its scheme the URL fits 4,096.
    private bool IsValidUrl(int urlLength, int protocolLength, string domain)
    {
        if (domain.StartsWith("xn--", StringComparison.Ordinal) && !_validAsciiDomain.IsMatch(domain)) return false;
        foreach (var label in domain.Split('.'))
        {
            var length = Punycode.AsciiLength(label);
            if (length is < 1 or > MaxLabelLength) return false;
        }
        return protocolLength + urlLength <= MaxUrlLength;
    }

    private static Dictionary<string, string> LoadPatterns()
    {
        using var stream = typeof(UrlFinder).Assembly.GetManifestResourceStream("SslaPublisher.Platforms.Counting.twitter-text-url.json")
            ?? throw new InvalidOperationException("The embedded twitter-text URL expressions are missing.");
        // Read as a document, not through JsonSerializer: its reflection set-up would be most of `ssla count`'s start.
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()
            ?? throw new InvalidOperationException($"The embedded twitter-text URL expression '{p.Name}' is empty."));
    }
}
