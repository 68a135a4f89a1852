
namespace SslaPublisher.Platforms.Counting;

/// <summary>X's weighted length, as twitter-text's <c>parseTweet</c> computes it with configuration v3.</summary>
/// <remarks>
/// The text is normalized to NFC; each URL counts <see cref="TwitterWeighting.TransformedUrlLength"/>; each emoji
/// twitter-text's emoji parser knows (see <see cref="Emoji"/>) counts <see cref="TwitterWeighting.EmojiWeight"/>;
/// every other code point weighs what its range says. The sum is divided by the scale, rounding down as twitter-text
/// does. URLs are found by twitter-text's rules over its TLD list (or the list given); unless
/// <c>countUnknownTlds</c> is false, URL-shaped text with a TLD the list does not know also counts, at the larger of
/// the URL length and its own weighted length (<see cref="CautiousUrlFinder"/>), so the count is never below X's even
/// once the registry grows. The plain length (code points after NFC, URLs in full) is reported too, because whether X
/// weighs bios at all is unconfirmed. Instances hold no state between calls and are safe to share between threads.
/// </remarks>
/// <param name="weighting">The weights (<see cref="TwitterWeighting.V3"/>).</param>
/// <param name="topLevelDomains">The TLDs X links; null for twitter-text's list.</param>
/// <param name="countUnknownTlds">False to count exactly as <c>parseTweet</c> does, ignoring unknown TLDs.</param>
public sealed class TwitterTextCounter(TwitterWeighting weighting, TopLevelDomains? topLevelDomains = null, bool countUnknownTlds = true) : ITextCounter
{
    private readonly Func<string, IReadOnlyList<UrlSpan>> _findUrls = countUnknownTlds
        ? new CautiousUrlFinder(topLevelDomains ?? TopLevelDomains.TwitterText).Find
        : new UrlFinder(topLevelDomains ?? TopLevelDomains.TwitterText).Find;

    /// <summary>A counter with the v3 weights, twitter-text's TLDs and unknown TLDs counted cautiously.</summary>
    public TwitterTextCounter() : this(TwitterWeighting.V3)
    {
    }

    /// <inheritdoc />
    public CountingRule Rule => CountingRule.TwitterWeighted;

    /// <inheritdoc />
    public TextLength Count(string text)
    {
        var normalized = Nfc.Normalize(text);
        var emoji = Emoji.Find(normalized);
        var urlWeight = weighting.TransformedUrlLength * weighting.Scale;
        long weight = 0;
        var offset = 0;
        // As parseTweet: a URL wins over an emoji starting at the same place, and an emoji that starts inside a URL
        // is part of the URL.
        foreach (var url in _findUrls(normalized))
        {
            weight += Weigh(normalized, offset, url.Start, emoji);
            weight += url.Certain ? urlWeight : Math.Max(urlWeight, Weigh(normalized, url.Start, url.End, emoji));
            offset = url.End;
        }
        weight += Weigh(normalized, offset, normalized.Length, emoji);
        var plain = normalized.EnumerateRunes().Count();
        return new TextLength((int)(weight / weighting.Scale), plain);
    }

    // Weight of text[start..end]: each emoji wholly inside counts once, everything else code point by code point.
    private long Weigh(string text, int start, int end, Dictionary<int, int> emoji)
    {
        long weight = 0;
        for (var i = start; i < end; i++)
        {
            if (emoji.TryGetValue(i, out var length) && i + length <= end)
            {
                weight += weighting.EmojiWeight;
                i += length - 1;
                continue;
            }
            var isPair = char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]);
            weight += weighting.WeightOf(isPair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i]);
            if (isPair) i++;
        }
        return weight;
    }
}
