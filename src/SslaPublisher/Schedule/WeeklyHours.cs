using System.Collections.Immutable;
using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>The staffed ranges of each day of the week, or staffed around the clock.</summary>
public sealed record WeeklyHours
{
    /// <summary>Hours for a channel that is staffed all the time (<c>hours: always</c>).</summary>
    public static WeeklyHours Always { get; } = new(true, Closed());

    // Each day's ranges at the day's ISO number − 1 (Monday first). An array, not a dictionary keyed by the day:
    // ReadyToRun cannot precompile a framework dictionary over NodaTime's enum, which cost ≈ 60 methods JIT-compiled
    // while ssla.yaml loads at every start (docs/BENCHMARKS.md, "Generic code at start-up").
    private readonly ImmutableArray<TimeRange>[] _days;

    private WeeklyHours(bool isAlways, ImmutableArray<TimeRange>[] days)
    {
        IsAlways = isAlways;
        _days = days;
    }

    /// <summary>Creates weekly hours from ranges per day; days not listed are closed.</summary>
    public static WeeklyHours Of(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var byDay = Closed();
        foreach (var (day, ranges) in days)
            if (ranges.Count > 0) byDay[Index(day)] = [.. ranges.OrderBy(r => r.Start)];
        return new(false, byDay);
    }

    /// <summary>True for <c>hours: always</c>.</summary>
    public bool IsAlways { get; }

    /// <summary>How many days of the week have staffed ranges (0 for <c>hours: always</c>, which lists none).</summary>
    public int StaffedDayCount => _days.Count(d => !d.IsEmpty);

    /// <summary>The ranges that start on <paramref name="day"/>, sorted by start (empty when closed).</summary>
    public ImmutableArray<TimeRange> On(IsoDayOfWeek day) => _days[Index(day)];

    /// <inheritdoc />
    public bool Equals(WeeklyHours? other) =>
        other is not null && IsAlways == other.IsAlways && _days.Zip(other._days).All(d => d.First.SequenceEqual(d.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsAlways, StaffedDayCount);

    private static ImmutableArray<TimeRange>[] Closed() => [.. Enumerable.Repeat(ImmutableArray<TimeRange>.Empty, 7)];

    private static int Index(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? (int)day - 1 : throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
}
