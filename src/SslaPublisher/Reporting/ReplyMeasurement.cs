using NodaTime;

namespace SslaPublisher.Reporting;

/// <summary>One interaction measured against its channel's promise.</summary>
/// <param name="Row">The CSV row.</param>
/// <param name="Outcome">On time, late, missed, pending or no promise.</param>
/// <param name="Due">When the reply was due; null for <see cref="Outcome.NoPromise"/>.</param>
/// <param name="Answered">The first reply, when it was sent at or before as-of; otherwise null.</param>
/// <param name="WallTime">Wall-clock time from arrival to the first reply; null when not answered by as-of.</param>
/// <param name="StaffedTime">Staffed time from arrival to the first reply; null when not answered by as-of.</param>
/// <param name="Lateness">How far past due: the reply minus due (late), as-of minus due (missed); zero otherwise.</param>
/// <param name="Temporary">The notice's temporary promise it was measured against (received in its window); null for the channel's own.</param>
public readonly record struct ReplyMeasurement(
    ReplyRow Row,
    Outcome Outcome,
    Instant? Due,
    Instant? Answered,
    Duration? WallTime,
    Duration? StaffedTime,
    Duration Lateness,
    Schedule.TemporaryPromise? Temporary = null);
