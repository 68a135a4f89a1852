using NodaTime;

namespace SslaPublisher.Definition;

/// <summary>
/// A promised reply time: whole staffed days (<c>2d</c>), staffed time (<c>15m</c>, <c>4h</c>), or days then
/// staffed time (<c>1d4h</c>). How each part is counted is <see cref="Schedule.ChannelSchedule.ReplyDueBy(Instant)"/>'s rule.
/// </summary>
/// <param name="Days">Staffed days: due at the same local time on the N-th following day with staffed hours.</param>
/// <param name="Staffed">Staffed time counted after the days, only while the channel is staffed.</param>
public sealed record ReplyTime(int Days, Duration Staffed)
{
    /// <summary>A promise of staffed time only.</summary>
    public static implicit operator ReplyTime(Duration staffed) => new(0, staffed);

    /// <summary>Days taken as 24 hours each plus the staffed time: only for ordering promises ("the fastest channel"), never for due times.</summary>
    public Duration Nominal => Duration.FromDays(Days) + Staffed;

    /// <summary>True when the promise counts days.</summary>
    public bool HasDays => Days > 0;

    /// <inheritdoc />
    public override string ToString() => DurationText.Format(this);
}
