using System.Collections.Immutable;
using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>The staffed ranges of each day of the week, or staffed around the clock.</summary>
public sealed record WeeklyHours
{
    /// <summary>Hours for a channel that is staffed all the time (<c>hours: always</c>).</summary>
    public static WeeklyHours Always { get; } = new(true, ImmutableDictionary<IsoDayOfWeek, ImmutableArray<TimeRange>>.Empty);

    private WeeklyHours(bool isAlways, ImmutableDictionary<IsoDayOfWeek, ImmutableArray<TimeRange>> days)
    {
        IsAlways = isAlways;
        Days = days;
    }

    /// <summary>Creates weekly hours from ranges per day; days not listed are closed.</summary>
    public static WeeklyHours Of(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>> days) =>
        new(false, days.Where(d => d.Value.Count > 0)
            .ToImmutableDictionary(d => d.Key, d => d.Value.OrderBy(r => r.Start).ToImmutableArray()));

    /// <summary>True for <c>hours: always</c>.</summary>
    public bool IsAlways { get; }

    /// <summary>The ranges of each staffed day, sorted by start; closed days are absent.</summary>
    public ImmutableDictionary<IsoDayOfWeek, ImmutableArray<TimeRange>> Days { get; }

    /// <summary>The ranges that start on <paramref name="day"/>, sorted by start (empty when closed).</summary>
    public ImmutableArray<TimeRange> On(IsoDayOfWeek day) =>
        Days.TryGetValue(day, out var ranges) ? ranges : ImmutableArray<TimeRange>.Empty;

    /// <inheritdoc />
    public bool Equals(WeeklyHours? other) =>
        other is not null && IsAlways == other.IsAlways && Days.Count == other.Days.Count &&
        Days.All(d => other.Days.TryGetValue(d.Key, out var o) && o.SequenceEqual(d.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsAlways, Days.Count);
}
