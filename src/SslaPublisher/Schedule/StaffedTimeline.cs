using System.Runtime.CompilerServices;
using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>
/// A channel's staffed time over a span of about two years, worked out once: disjoint intervals in order, each with
/// the staffed time before it, so "the next opening", "staffed time between two instants" and "the instant at which
/// so much staffed time has passed" are binary searches instead of a walk through the days. A report asks these
/// questions for every one of a million replies (docs/BENCHMARKS.md, "Report").
/// </summary>
/// <remarks>
/// Built from the same intervals <see cref="StaffedIntervalSource.EndingAfter"/> gives the walk, merged where they
/// touch or overlap, as the walk merges them. Every answer is either given from inside the span, where it is the
/// walk's, or refused (false), and the caller walks as before: an instant outside the span, an answer past its end.
/// Immutable, so safe to share between threads.
/// </remarks>
internal sealed class StaffedTimeline
{
    // Its questions are compiled optimised at once (AggressiveOptimization), as are the report's per-row methods: a
    // report asks them a million times in its first second, while tiered compilation would still run them
    // unoptimised. ChannelSchedule's own methods are not marked: `ssla due` asks one question, and the ReadyToRun
    // code of the packed tool serves it without compiling anything.

    private static readonly Duration Reach = Duration.FromDays(370);

    private readonly Instant _from;
    private readonly Instant _until;
    private readonly Instant[] _starts;
    private readonly Instant[] _ends;
    // Staffed time of the intervals before each one, in nanoseconds; _before[i + 1] - _before[i] is interval i's length.
    private readonly long[] _before;

    private StaffedTimeline(Instant from, Instant until, List<Interval> merged)
    {
        _from = from;
        _until = until;
        _starts = [.. merged.Select(i => i.Start)];
        _ends = [.. merged.Select(i => i.End)];
        _before = new long[merged.Count + 1];
        for (var i = 0; i < merged.Count; i++) _before[i + 1] = _before[i] + (merged[i].End - merged[i].Start).ToInt64Nanoseconds();
    }

    /// <summary>The timeline of <paramref name="source"/> for about a year either side of <paramref name="around"/>.</summary>
    public static StaffedTimeline Around(StaffedIntervalSource source, Instant around)
    {
        var from = around - Reach;
        var until = around + Reach;
        var merged = new List<Interval>();
        foreach (var raw in source.EndingAfter(from))
        {
            if (raw.Start >= until) break;
            if (merged.Count > 0 && raw.Start <= merged[^1].End)
            {
                var last = merged[^1];
                if (raw.End > last.End) merged[^1] = new Interval(last.Start, raw.End);
                continue;
            }
            merged.Add(raw);
        }
        return new StaffedTimeline(from, until, merged);
    }

    private bool Covers(Instant instant) => instant >= _from && instant < _until;

    /// <summary>The earliest staffed instant at or after <paramref name="instant"/>; false when the span cannot tell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryNextStaffedStart(Instant instant, out Instant start)
    {
        start = default;
        if (!Covers(instant)) return false;
        // Ends rise with the disjoint intervals: the first one ending after the instant holds the answer.
        var i = FirstEndAfter(instant);
        if (i == _ends.Length) return false;
        start = _starts[i] > instant ? _starts[i] : instant;
        return true;
    }

    /// <summary>Staffed time between two instants of the span (zero when <paramref name="to"/> is not later).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryStaffedTimeBetween(Instant from, Instant to, out Duration staffed)
    {
        staffed = Duration.Zero;
        if (to <= from) return Covers(from);
        if (!Covers(from) || to > _until) return false;
        staffed = Duration.FromNanoseconds(StaffedBefore(to) - StaffedBefore(from));
        return true;
    }

    /// <summary>The instant at which <paramref name="staffed"/> of staffed time has passed since <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAfterStaffedTime(Instant from, Duration staffed, out Instant at)
    {
        at = from;
        if (!Covers(from)) return false;
        if (staffed == Duration.Zero) return true;
        var target = StaffedBefore(from) + staffed.ToInt64Nanoseconds();
        // The first interval by whose end the target is reached; the answer lies in it, or at its end.
        int lo = 0, hi = _ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_before[mid + 1] >= target) hi = mid;
            else lo = mid + 1;
        }
        if (lo == _ends.Length) return false;
        at = _starts[lo] + Duration.FromNanoseconds(target - _before[lo]);
        return at < _until;
    }

    // Staffed time from the start of the span's first interval to the instant, in nanoseconds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long StaffedBefore(Instant instant)
    {
        // The number of intervals starting at or before the instant.
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= instant) lo = mid + 1;
            else hi = mid;
        }
        if (lo == 0) return 0;
        var last = lo - 1;
        var end = _ends[last] < instant ? _ends[last] : instant;
        return _before[last] + (end - _starts[last]).ToInt64Nanoseconds();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FirstEndAfter(Instant instant)
    {
        int lo = 0, hi = _ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ends[mid] > instant) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
