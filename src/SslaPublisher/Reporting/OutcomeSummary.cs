using System.Collections.Immutable;

namespace SslaPublisher.Reporting;

/// <summary>The measured outcomes of one channel, over one month or over the whole report.</summary>
/// <param name="Total">Every measured interaction (received by as-of).</param>
/// <param name="OnTime">First reply within the promise.</param>
/// <param name="Late">First reply after the due instant.</param>
/// <param name="Missed">No reply by as-of, past due.</param>
/// <param name="Pending">No reply by as-of, not yet due.</param>
/// <param name="NoPromise">No due instant (free-text off-hours rule); not in on-time %.</param>
/// <param name="Answered">Interactions with a first reply by as-of: the population of the reply-time figures.</param>
/// <param name="WallTime">Median and p90 first reply in wall-clock time.</param>
/// <param name="StaffedTime">Median and p90 first reply in staffed time (the time the promise counts).</param>
/// <param name="Distribution">First replies in staffed time, by fixed buckets (for the chart).</param>
/// <param name="WorstBreaches">The worst late or missed interactions, worst first.</param>
public sealed record OutcomeSummary(
    long Total,
    long OnTime,
    long Late,
    long Missed,
    long Pending,
    long NoPromise,
    long Answered,
    ReplyTimes WallTime,
    ReplyTimes StaffedTime,
    ImmutableArray<DistributionBucket> Distribution,
    ImmutableArray<Breach> WorstBreaches)
{
    /// <summary>Interactions with a verdict against the promise: on time + late + missed.</summary>
    public long Decided => OnTime + Late + Missed;

    /// <summary>
    /// On time ÷ (on time + late + missed) × 100, unrounded; null when nothing is decided. Pending and no-promise
    /// interactions are left out: neither has kept nor broken a promise.
    /// </summary>
    public decimal? OnTimePercent => Decided == 0 ? null : OnTime * 100m / Decided;
}

/// <summary>Median and 90th percentile of first-reply times, in whole seconds; null when nothing was answered.</summary>
public sealed record ReplyTimes(long? MedianSeconds, long? P90Seconds);

/// <summary>How many first replies took at most <paramref name="UpToSeconds"/> (and more than the previous bucket).</summary>
/// <param name="Label">Short label such as <c>≤ 15m</c> or <c>&gt; 2d</c>.</param>
/// <param name="UpToSeconds">Upper bound, inclusive; null for the last, open bucket.</param>
/// <param name="Count">First replies in the bucket.</param>
public sealed record DistributionBucket(string Label, long? UpToSeconds, long Count);
