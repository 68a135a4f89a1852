using System.Globalization;

namespace SslaPublisher.Platforms.Counting;

/// <summary>Counts extended grapheme clusters (UAX #29), what a reader sees as one character: Bluesky's rule.</summary>
/// <remarks>
/// .NET 5 and later segment by UAX #29 extended grapheme clusters, so a family emoji joined with ZWJ, a flag and a
/// letter with its combining accents each count 1, as they do in Bluesky's <c>graphemes</c> limits.
/// </remarks>
public sealed class GraphemeCounter : ITextCounter
{
    /// <inheritdoc />
    public CountingRule Rule => CountingRule.Graphemes;

    /// <inheritdoc />
    public TextLength Count(string text) => new(Graphemes(text));

    /// <summary>The number of extended grapheme clusters in <paramref name="text"/>.</summary>
    public static int Graphemes(string text) => new StringInfo(text).LengthInTextElements;
}
