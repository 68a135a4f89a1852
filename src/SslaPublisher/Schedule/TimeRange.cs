using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>A staffed range within one day, in the channel's local time.</summary>
/// <remarks>
/// <see cref="End"/> at or before <see cref="Start"/> means the range crosses midnight and belongs to the day it
/// starts on ("22:00-02:00" on Friday runs Friday 22:00 to Saturday 02:00). "00:00-00:00" is the whole day.
/// </remarks>
public sealed record TimeRange(LocalTime Start, LocalTime End)
{
    /// <summary>True when the range runs past midnight into the next day.</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>Length of the range on a day with no DST transition (24 hours for a whole day).</summary>
    public Duration NominalLength
    {
        get
        {
            var ticks = End.TickOfDay - Start.TickOfDay;
            return Duration.FromTicks(ticks > 0 ? ticks : ticks + NodaConstants.TicksPerDay);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Start:HH:mm}-{End:HH:mm}";
}
