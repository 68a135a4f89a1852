using System.Collections.Immutable;

namespace SslaPublisher.Schedule;

/// <summary>One folded line of a weekly summary: the days that share the same hours, and those hours.</summary>
/// <param name="Days">Runs of consecutive days, in week order (<c>Mon, Wed–Fri</c> is two runs).</param>
/// <param name="Ranges">The hours of each of those days, sorted by start.</param>
public sealed record SummaryLine(ImmutableArray<DayRun> Days, ImmutableArray<TimeRange> Ranges)
{
    /// <inheritdoc />
    public bool Equals(SummaryLine? other) =>
        other is not null && Days.SequenceEqual(other.Days) && Ranges.SequenceEqual(other.Ranges);

    /// <inheritdoc />
    public override string ToString() =>
        $"{string.Join(",", Days.Select(d => d.Length == 1 ? $"{d.First}" : $"{d.First}-{d.Last}"))} {string.Join(",", Ranges)}";

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Days.Length, Ranges.Length);
}
