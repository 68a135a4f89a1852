using System.Globalization;
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

/// <summary>Finds URLs the way twitter-text's extractor does, in a simplified form.</summary>
/// <remarks>
/// <para>Implemented, after twitter-text's <c>Regex.VALID_URL</c> and <c>Extractor.extractURLsWithIndices</c>: the
/// preceding-character rule (no letter, digit, <c>@ $ #</c> just before; directional marks allowed); optional
/// <c>http(s)://</c>; sub-domains and domain of Latin letters, digits and accents, or after a protocol one label of any
/// non-punctuation characters (IDN); the TLD followed by no letter, digit, <c>@ + -</c>; port; path with balanced
/// parentheses and its ending-character rule; query; schemeless URLs not right after <c>- _ . /</c>; the host must
/// convert to ASCII (IDNA, labels of at most 63 characters) and the URL with protocol stay within 4,096 characters.</para>
/// <para>Not implemented: the t.co special case (slug of at most 40 characters), and, when no TLD list is given,
/// TLD checking — then every candidate is reported as not <see cref="UrlSpan.Certain"/>, and counters take the
/// larger of its shortened and its full length so that they never count less than the platform.</para>
/// </remarks>
public sealed class UrlFinder
{
    private const string LatinAccents =
        "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272" +
        "\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff";
    private const string Cyrillic = "\u0400-\u04ff";
    private const string AsciiChars = "a-z0-9" + LatinAccents;
    private const string Punctuation = @"\-_!""#$%&'()*+,./:;<=>?@\[\]^`{|}~";
    // Any character but punctuation, spaces and the General Punctuation block (which holds the directional marks).
    private const string UnicodeChar = "[^" + Punctuation + @"\s\p{Z}\u2000-\u206f]";
    // The same, with '-' allowed inside a label.
    private const string UnicodeCharOrHyphen = @"[^_!""#$%&'()*+,./:;<=>?@\[\]^`{|}~\s\p{Z}\u2000-\u206f]";
    private const string Subdomain = "(?>(?:[" + AsciiChars + "][" + AsciiChars + @"\-_]*)?[" + AsciiChars + @"]\.)";
    private const string DomainName = "(?:(?:[" + AsciiChars + "][" + AsciiChars + @"\-]*)?[" + AsciiChars + @"]\.)";
    private const string UnicodeDomainName = "(?:(?:" + UnicodeChar + UnicodeCharOrHyphen + "*)?" + UnicodeChar + @"\.)";
    private const string TldEnd = @"(?=[^a-z0-9@+\-]|$)";
    private const string PathChar = @"[a-z0-9!*';:=+,.$/%#\[\]\-\u2013_~|&@" + LatinAccents + Cyrillic + "]";
    private const string BalancedParens = @"\((?:" + PathChar + "+|(?:" + PathChar + @"*\(" + PathChar + @"+\)" + PathChar + @"*))\)";
    private const string PathEnd = @"(?:[a-z0-9=_#/\-+" + LatinAccents + Cyrillic + "]|" + BalancedParens + ")";
    private const string PathSegment = "(?:" + PathChar + "*(?:" + BalancedParens + PathChar + "*)*" + PathEnd + "|@" + PathChar + "+/)";
    private const string Query = @"(?:\?[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@]*[a-z0-9\-_&=#/])";
    private const int MaxUrlLength = 4096;

    private readonly Regex _pattern;
    private readonly TopLevelDomains? _tlds;

    /// <summary>Creates a finder.</summary>
    /// <param name="topLevelDomains">Known TLDs, or null to accept any alphabetic TLD (candidates are then not certain).</param>
    /// <param name="requireProtocol">True to find only <c>http://</c> and <c>https://</c> URLs (Mastodon's rule).</param>
    public UrlFinder(TopLevelDomains? topLevelDomains = null, bool requireProtocol = false)
    {
        _tlds = topLevelDomains;
        var tld = topLevelDomains is null
            ? @"(?:xn--[\-0-9a-z]+|[\p{L}\p{M}]{2,})"
            : "(?:xn--[\\-0-9a-z]+|" + string.Join('|', topLevelDomains.Names
                .OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape)) + ")";
        var protocolHost = "(?:" + Subdomain + "*" + DomainName + "|" + UnicodeDomainName + ")" + "(?<tld>" + tld + ")" + TldEnd;
        var plainHost = Subdomain + "*" + DomainName + "(?<tld>" + tld + ")" + TldEnd;
        var protocol = requireProtocol ? "(?<proto>https?://)" : "(?<proto>https?://)?";
        var pattern =
            @"(?<=^|[^a-z0-9@\uff20$#\uff03\ufffe\ufeff\uffff])" +
            "(?<url>" + protocol +
            "(?<host>(?(proto)" + protocolHost + "|" + plainHost + "))" +
            "(?::[0-9]+)?" +
            "(?:/(?>" + PathSegment + "*))?" +
            Query + "?)";
        _pattern = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>The URLs in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<UrlSpan> Find(string text)
    {
        if (text.IndexOf('.', StringComparison.Ordinal) < 0) return [];
        var found = new List<UrlSpan>();
        foreach (Match match in _pattern.Matches(text))
        {
            var url = match.Groups["url"];
            var hasProtocol = match.Groups["proto"].Success;
            // A schemeless URL glued to a word by - _ . / is part of something else (a file name, a path).
            if (!hasProtocol && url.Index > 0 && "-_./".Contains(text[url.Index - 1], StringComparison.Ordinal)) continue;
            if (!IsValidHost(match.Groups["host"].Value, url.Length, hasProtocol)) continue;
            found.Add(new UrlSpan(url.Index, url.Length, _tlds is not null));
        }
        return found;
    }

    // The host must survive IDNA conversion (each label 1-63 characters once punycoded) and the whole URL, with a
    // protocol added when missing, must stay within what X accepts.
    private static bool IsValidHost(string host, int urlLength, bool hasProtocol)
    {
        string ascii;
        try
        {
            // A new mapping per call: IdnMapping is not documented as thread-safe, and brands build in parallel.
            ascii = new IdnMapping { AllowUnassigned = true, UseStd3AsciiRules = false }.GetAscii(host);
        }
        catch (ArgumentException)
        {
            return false;
        }
        var length = urlLength + ascii.Length - host.Length + (hasProtocol ? 0 : "https://".Length);
        return ascii.Length > 0 && length <= MaxUrlLength;
    }
}
