
namespace SslaPublisher.Platforms.Counting;

/// <summary>X's weighted length, as twitter-text's <c>parseTweet</c> computes it with configuration v3.</summary>
/// <remarks>
/// The text is normalized to NFC; each URL counts <see cref="TwitterWeighting.TransformedUrlLength"/>; each emoji
/// (a whole sequence: ZWJ family, skin tone, flag, keycap) counts <see cref="TwitterWeighting.EmojiWeight"/>; every
/// other code point weighs what its range says. The sum is divided by the scale, rounding down as twitter-text does.
/// URLs whose TLD could not be checked (no <see cref="TopLevelDomains"/> given) count the larger of the URL length
/// and their own weighted length, so the count is never below X's. The plain length (code points after NFC, URLs in
/// full) is reported too, because whether X weighs bios at all is unconfirmed.
/// </remarks>
public sealed class TwitterTextCounter(TwitterWeighting weighting, TopLevelDomains? topLevelDomains = null) : ITextCounter
{
    private readonly UrlFinder _urls = new(topLevelDomains);

    /// <summary>A counter with the v3 weights and no TLD list.</summary>
    public TwitterTextCounter() : this(TwitterWeighting.V3)
    {
    }

    /// <inheritdoc />
    public CountingRule Rule => CountingRule.TwitterWeighted;

    /// <inheritdoc />
    public TextLength Count(string text)
    {
        var normalized = Nfc.Normalize(text);
        var urls = _urls.Find(normalized);
        var urlWeight = weighting.TransformedUrlLength * weighting.Scale;
        long weight = 0;
        var offset = 0;
        foreach (var url in urls)
        {
            weight += Weigh(normalized, offset, url.Start);
            weight += url.Certain ? urlWeight : Math.Max(urlWeight, Weigh(normalized, url.Start, url.End));
            offset = url.End;
        }
        weight += Weigh(normalized, offset, normalized.Length);
        var plain = normalized.EnumerateRunes().Count();
        return new TextLength((int)(weight / weighting.Scale), plain);
    }

    // Weight of text[start..end]: whole emoji sequences count once, everything else code point by code point.
    private long Weigh(string text, int start, int end)
    {
        long weight = 0;
        var segment = text[start..end];
        foreach (var (clusterStart, length) in Emoji.Clusters(segment))
        {
            var cluster = segment.AsSpan(clusterStart, length);
            if (Emoji.IsEmoji(cluster))
            {
                weight += weighting.EmojiWeight;
                continue;
            }
            foreach (var rune in cluster.EnumerateRunes()) weight += weighting.WeightOf(rune.Value);
        }
        return weight;
    }
}
