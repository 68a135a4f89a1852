using System.Runtime.CompilerServices;
using NodaTime;
using SslaPublisher.Schedule;

namespace SslaPublisher.Reporting;

/// <summary>Measures interactions against one channel's promise, in staffed time, as of a fixed instant.</summary>
/// <remarks>
/// With a schedule from <see cref="ChannelSchedule.For"/>, a message received in a notice's window is measured
/// against that notice's temporary promise (the one customers were told then), and planned closures count as closed.
/// A reply sent after as-of is treated as not sent yet: the report says what was known at as-of, so running it
/// again later with the same as-of gives the same numbers. Messages received after as-of are not measured at all
/// (the caller counts them separately).
/// </remarks>
public sealed class ReplyMeasurer(ChannelSchedule schedule, Instant asOf)
{
    /// <summary>The channel's schedule.</summary>
    public ChannelSchedule Schedule { get; } = schedule ?? throw new ArgumentNullException(nameof(schedule));

    /// <summary>The instant the report is as of.</summary>
    public Instant AsOf { get; } = asOf;

    /// <summary>Measures one row (received at or before <see cref="AsOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReplyMeasurement Measure(ReplyRow row)
    {
        var due = Schedule.ReplyDueBy(row.Received);
        var answered = row.FirstReply is { } reply && reply <= AsOf ? reply : (Instant?)null;
        Duration? wall = null, staffed = null;
        if (answered is { } at)
        {
            wall = at - row.Received;
            staffed = Schedule.StaffedTimeBetween(row.Received, at);
        }

        var (outcome, lateness) = (due, answered) switch
        {
            (null, _) => (Outcome.NoPromise, Duration.Zero),
            ({ } d, { } a) when a <= d => (Outcome.OnTime, Duration.Zero),
            ({ } d, { } a) => (Outcome.Late, a - d),
            ({ } d, null) when AsOf > d => (Outcome.Missed, AsOf - d),
            _ => (Outcome.Pending, Duration.Zero),
        };
        return new ReplyMeasurement(row, outcome, due, answered, wall, staffed, lateness, Schedule.TemporaryPromiseAt(row.Received));
    }
}
