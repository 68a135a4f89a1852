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
}
