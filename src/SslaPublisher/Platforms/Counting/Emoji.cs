using System.Text.RegularExpressions;

namespace SslaPublisher.Platforms.Counting;

/// <summary>Finds the emoji twitter-text counts as one unit each, exactly as its emoji parser does.</summary>
/// <remarks>
/// twitter-text's <c>parseTweet</c> (3.1.0) takes its emoji from <c>twemoji-parser</c> (11.0.2): a generated regular
/// expression of every emoji and emoji sequence it knows (ZWJ families, skin tones, flags, keycaps, tag flags), and
/// a lone U+FE0F. That expression is embedded here verbatim (<c>twemoji-parser-regex.txt</c>, MIT, see
/// THIRD-PARTY-NOTICES.md) and run by .NET's engine, whose ordered alternation over UTF-16 code units matches as
/// JavaScript's does; a test compares the file with the package's. A sequence the parser does not know (newer emoji)
/// is counted piece by piece, as X's counter does, which can only count more than a newer parser would.
/// </remarks>
internal static class Emoji
{
    private static readonly Lazy<Regex> Pattern = new(() =>
    {
        using var stream = typeof(Emoji).Assembly.GetManifestResourceStream("SslaPublisher.Platforms.Counting.twemoji-parser-regex.txt")
            ?? throw new InvalidOperationException("The embedded twemoji-parser expression is missing.");
        using var reader = new StreamReader(stream);
        return new Regex(reader.ReadToEnd().Trim(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    });

    /// <summary>Each emoji in <paramref name="text"/>: start index → length in UTF-16 code units.</summary>
    public static Dictionary<int, int> Find(string text)
    {
        var found = new Dictionary<int, int>();
        if (IsAscii(text)) return found;
        for (var match = Pattern.Value.Match(text); match.Success; match = match.NextMatch())
            found[match.Index] = match.Length;
        return found;
    }

    private static bool IsAscii(string text) => !text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f');
}
