using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Schedule;

/// <summary>
/// Produces the staffed intervals of one channel day by day, as instants, in order of start.
/// </summary>
/// <remarks>
/// Intervals come out in start order but may touch or overlap (two ranges meeting at midnight, or an end pushed
/// later by a fall-back overlap); callers that need disjoint intervals merge them. Closure windows (planned-closure
/// notices: instants, not dates) cut the part of a range they cover, as <c>live.js</c>'s <c>cut</c> does.
/// </remarks>
internal sealed class StaffedIntervalSource
{
    // A range lasts at most 24 wall-clock hours (plus a DST shift), so ranges that started two days before an
    // instant are the earliest that can still cover it.
    private const int LookBackDays = 2;

    // With weekly hours present, a staffed day comes within a week of the last closure; this guard only stops an
    // endless walk for hours that could never be staffed (every range inside a DST gap), which no zone produces.
    private const int GiveUpAfterIdleDays = 800;

    private static readonly TimeRange WholeDay = new(LocalTime.Midnight, LocalTime.Midnight);

    private readonly DateTimeZone _zone;
    private readonly WeeklyHours _hours;
    private readonly ImmutableArray<ClosedPeriod> _closed;
    private readonly ImmutableArray<Interval> _windows;
    private readonly LocalDate? _lastClosed;

    public StaffedIntervalSource(DateTimeZone zone, WeeklyHours hours, ImmutableArray<ClosedPeriod> closed, ImmutableArray<Interval> closureWindows)
    {
        _zone = zone;
        _hours = hours;
        _closed = closed.OrderBy(c => c.From).ToImmutableArray();
        _windows = closureWindows;
        // The last date any closure touches: past it, days without staffed time mean hours that are never staffed.
        var lastDates = _closed.Select(c => c.To).Concat(_windows.Select(w => w.End.InZone(zone).Date)).ToList();
        _lastClosed = lastDates.Count == 0 ? null : lastDates.Max();
    }

    /// <summary>True when the weekly hours have at least one range.</summary>
    public bool HasHours => _hours.IsAlways || _hours.StaffedDayCount > 0;

    /// <summary>Non-empty staffed intervals that end after <paramref name="from"/>, in order of start.</summary>
    public IEnumerable<Interval> EndingAfter(Instant from)
    {
        if (!HasHours) yield break;
        var date = from.InZone(_zone).Date.PlusDays(-LookBackDays);
        var idle = 0;
        while (true)
        {
            if (ClosureOn(date) is { } closure)
            {
                // Skip a closure in one step: long closures (a season) must not cost a loop per day.
                date = closure.To.PlusDays(1);
                continue;
            }
            foreach (var interval in CutOn(date))
            {
                if (interval.End > from && interval.Start < interval.End)
                {
                    idle = 0;
                    yield return interval;
                }
            }
            date = date.PlusDays(1);
            if (++idle > GiveUpAfterIdleDays && (_lastClosed is null || date > _lastClosed)) yield break;
        }
    }

    /// <summary>The non-empty staffed intervals of the ranges that start on <paramref name="date"/>; none on a closed date.</summary>
    public IEnumerable<Interval> IntervalsOn(LocalDate date) => ClosureOn(date) is not null
        ? []
        : CutOn(date).Where(i => i.Start < i.End);

    /// <summary>The last date that any closure covers, if there are closures.</summary>
    public LocalDate? LastClosed => _lastClosed;

    // The ranges of a date as instants (closures not applied), worked out once per date: measuring a million replies
    // asks for the same few hundred dates again and again, and the zone arithmetic was most of that work. Bounded;
    // cleared when full, which only costs working them out again.
    private const int CachedDates = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<LocalDate, Interval[]> _intervalsByDate = new();

    // A date's intervals with the closure windows taken out (most channels have none: the cached array as is).
    private IReadOnlyList<Interval> CutOn(LocalDate date)
    {
        var intervals = ResolvedOn(date);
        if (_windows.IsEmpty) return intervals;
        IReadOnlyList<Interval> list = intervals;
        foreach (var window in _windows)
        {
            var next = new List<Interval>(list.Count + 1);
            foreach (var interval in list)
            {
                if (window.End <= interval.Start || window.Start >= interval.End)
                {
                    next.Add(interval);
                    continue;
                }
                if (interval.Start < window.Start) next.Add(new Interval(interval.Start, window.Start));
                if (window.End < interval.End) next.Add(new Interval(window.End, interval.End));
            }
            list = next;
        }
        return list;
    }

    private Interval[] ResolvedOn(LocalDate date)
    {
        if (_intervalsByDate.TryGetValue(date, out var cached)) return cached;
        var ranges = RangesOn(date);
        var intervals = new Interval[ranges.Length];
        for (var i = 0; i < ranges.Length; i++) intervals[i] = LocalTimeResolution.ToInterval(_zone, date, ranges[i]);
        if (_intervalsByDate.Count >= CachedDates) _intervalsByDate.Clear();
        _intervalsByDate[date] = intervals;
        return intervals;
    }

    /// <summary>The ranges that start on <paramref name="date"/> as stated (closures not applied).</summary>
    public ImmutableArray<TimeRange> RangesOn(LocalDate date) =>
        _hours.IsAlways ? [WholeDay] : _hours.On(date.DayOfWeek);

    private ClosedPeriod? ClosureOn(LocalDate date)
    {
        foreach (var c in _closed)
        {
            if (c.From > date) break;
            if (c.Contains(date)) return c;
        }
        return null;
    }
}
