using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>A run of consecutive days, Monday-first (<c>Mon–Fri</c>); a single day when both ends are equal.</summary>
public sealed record DayRun(IsoDayOfWeek First, IsoDayOfWeek Last)
{
    /// <summary>Number of days in the run.</summary>
    public int Length => Last - First + 1;
}
