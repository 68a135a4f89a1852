using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>
/// A run of consecutive days, which may wrap around the end of the week (<c>Sun–Thu</c>, <c>Sat–Mon</c>); a single
/// day when both ends are equal.
/// </summary>
public sealed record DayRun(IsoDayOfWeek First, IsoDayOfWeek Last)
{
    /// <summary>Number of days in the run.</summary>
    public int Length => ((Last - First) % 7 + 7) % 7 + 1;

    /// <summary>The days of the run in order, from <see cref="First"/>.</summary>
    public IEnumerable<IsoDayOfWeek> Days => Enumerable.Range(0, Length).Select(i => (IsoDayOfWeek)(((int)First - 1 + i) % 7 + 1));

    /// <summary>
    /// The run's place in <paramref name="week"/> (the seven days in a language's order), to sort rows and lines by:
    /// its first day's place, except that a run wrapping past the week's end goes first when most of its days are at
    /// the week's start. So Saturday–Sunday ends a Sunday week (after Monday–Friday, as a US or Brazilian reader
    /// expects) and Friday–Saturday a Saturday week, while Sunday–Thursday opens a Monday week.
    /// </summary>
    public int PlaceIn(IReadOnlyList<IsoDayOfWeek> week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var first = IndexOf(week, First);
        var toWeekEnd = week.Count - first;
        var atWeekStart = Length - toWeekEnd;
        return atWeekStart > toWeekEnd ? first - week.Count : first;
    }

    private static int IndexOf(IReadOnlyList<IsoDayOfWeek> week, IsoDayOfWeek day)
    {
        for (var i = 0; i < week.Count; i++) if (week[i] == day) return i;
        throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
    }
}
