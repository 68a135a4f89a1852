namespace SslaPublisher.Definition;

/// <summary>Suggests the closest known word for a misspelt key or value.</summary>
internal static class DidYouMean
{
    /// <summary>" (did you mean 'x'?)" when a candidate is close enough, else an empty string.</summary>
    public static string Suggest(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } best ? $" (did you mean '{best}'?)" : string.Empty;

    /// <summary>The known word <paramref name="typed"/> is most likely a slip for, or null when none is close enough.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        // The distance is at least the difference in length, so a candidate too short or too long to come within
        // the allowance is skipped unmeasured: the work stays proportional to the candidates' own lengths, however
        // long the typed text (a megabyte-long time zone would otherwise take seconds). The singular or plural of a
        // known word ("replies" for "reply", "hour" for "hours") is the likeliest slip of all, however many letters apart.
        var allowed = Math.Max(1, typed.Length / 3);
        var stem = Stem(typed);
        var lower = typed.ToLowerInvariant();
        var best = candidates
            .Where(c => Math.Abs(c.Length - typed.Length) <= allowed || Stem(c) == stem)
            .Select(c => (Candidate: c, Distance: Stem(c) == stem ? 0 : Distance(lower, c.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        // Allow roughly one edit per three letters: close enough to be a typo, far enough not to guess wildly.
        return best.Candidate is not null && best.Distance <= allowed ? best.Candidate : null;
    }

    private static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    // Levenshtein distance; keys are short, so the plain two-row algorithm is plenty.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
