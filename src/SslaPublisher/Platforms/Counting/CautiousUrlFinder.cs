namespace SslaPublisher.Platforms.Counting;

/// <summary>
/// The URLs a platform links for sure, plus, between them, text shaped like a URL whose TLD no list knows yet.
/// </summary>
/// <remarks>
/// The known URLs come from a <see cref="UrlFinder"/> over a TLD list (twitter-text's by default) and are
/// <see cref="UrlSpan.Certain"/>: the platform shortens them. The stretches between them are searched again with any
/// run of letters as a TLD; what that finds is not certain (a TLD added to the registry later, or a file name like
/// <c>notes.txt</c>), and counters weigh it at the larger of the shortened and the full length. Searching only between
/// the known URLs keeps a candidate from swallowing a real link, so the count is never below the platform's.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class CautiousUrlFinder(TopLevelDomains known, bool requireProtocol = false)
{
    private readonly UrlFinder _known = new(known, requireProtocol);
    private readonly UrlFinder _unknown = new(null, requireProtocol);

    /// <summary>The known URLs and the uncertain candidates between them, in order.</summary>
    public IReadOnlyList<UrlSpan> Find(string text)
    {
        var found = new List<UrlSpan>();
        var offset = 0;
        foreach (var url in _known.Find(text))
        {
            AddCandidates(found, text, offset, url.Start);
            found.Add(url);
            offset = url.End;
        }
        AddCandidates(found, text, offset, text.Length);
        return found;
    }

    private void AddCandidates(List<UrlSpan> found, string text, int start, int end)
    {
        if (end <= start) return;
        foreach (var candidate in _unknown.Find(text[start..end]))
            found.Add(candidate with { Start = candidate.Start + start });
    }
}
