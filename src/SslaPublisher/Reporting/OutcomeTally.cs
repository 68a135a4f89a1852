using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace SslaPublisher.Reporting;

/// <summary>Accumulates measurements of one channel (per month or overall) in memory that does not grow with rows.</summary>
public sealed class OutcomeTally(int worstBreaches)
{
    // Bucket bounds of the distribution chart, in seconds: spans people think in, from minutes to days.
    private static readonly (string Label, long Seconds)[] Buckets =
    [
        ("≤ 5m", 5 * 60), ("≤ 15m", 15 * 60), ("≤ 30m", 30 * 60), ("≤ 1h", 3600), ("≤ 2h", 2 * 3600),
        ("≤ 4h", 4 * 3600), ("≤ 8h", 8 * 3600), ("≤ 1d", 86_400), ("≤ 2d", 2 * 86_400),
    ];

    private readonly long[] _counts = new long[Enum.GetValues<Outcome>().Length];
    private readonly DurationHistogram _wall = new();
    private readonly DurationHistogram _staffed = new();
    private readonly WorstBreaches _worst = new(worstBreaches);

    /// <summary>Adds one measured interaction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in ReplyMeasurement m)
    {
        _counts[(int)m.Outcome]++;
        if (m.WallTime is { } wall) _wall.Add((long)wall.TotalSeconds);
        if (m.StaffedTime is { } staffed) _staffed.Add((long)staffed.TotalSeconds);
        if (m.Outcome is Outcome.Late or Outcome.Missed)
            _worst.Offer(new Breach(m.Row.Line, m.Outcome, m.Row.Received, m.Due!.Value, m.Answered, m.Lateness) { NoticeId = m.Temporary?.NoticeId });
    }

    /// <summary>Adds everything <paramref name="other"/> counted (a part of the rows measured on another thread).</summary>
    public void AddAll(OutcomeTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
        _wall.AddAll(other._wall);
        _staffed.AddAll(other._staffed);
        _worst.OfferAll(other._worst);
    }

    /// <summary>The staffed-time histogram so far (read by the verdict to combine channels).</summary>
    internal DurationHistogram Staffed => _staffed;

    /// <summary>The summary of everything added.</summary>
    public OutcomeSummary ToSummary()
    {
        var distribution = ImmutableArray.CreateBuilder<DistributionBucket>(Buckets.Length + 1);
        long below = 0;
        foreach (var (label, seconds) in Buckets)
        {
            var upTo = _staffed.CountAtMost(seconds);
            distribution.Add(new DistributionBucket(label, seconds, upTo - below));
            below = upTo;
        }
        distribution.Add(new DistributionBucket("> 2d", null, _staffed.Count - below));
        return new OutcomeSummary(
            Total: _counts.Sum(),
            OnTime: _counts[(int)Outcome.OnTime],
            Late: _counts[(int)Outcome.Late],
            Missed: _counts[(int)Outcome.Missed],
            Pending: _counts[(int)Outcome.Pending],
            NoPromise: _counts[(int)Outcome.NoPromise],
            Answered: _wall.Count,
            WallTime: new ReplyTimes(_wall.Percentile(0.5), _wall.Percentile(0.9)),
            StaffedTime: new ReplyTimes(_staffed.Percentile(0.5), _staffed.Percentile(0.9)),
            Distribution: distribution.MoveToImmutable(),
            WorstBreaches: _worst.ToWorstFirst());
    }
}
