using System.Collections.Concurrent;
using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Schedule;

/// <summary>
/// When one channel is staffed and when a reply is due: the schedule engine every renderer and report shares.
/// </summary>
/// <remarks>
/// <para>Hours are wall-clock ranges in the channel's own zone. A range belongs to the day it starts on, so a
/// closure of a date cancels the ranges that start that day (Friday 22:00-02:00 before a closed Saturday still
/// runs to 02:00). <c>hours: always</c> is one 00:00-24:00 range per day, so a closure there closes the whole
/// local day.</para>
/// <para>Promises count staffed time only. A message received while staffed starts the clock at once; one received
/// while closed starts it at the next opening when the off-hours rule is <c>next-opening</c>, and has no due
/// instant at all under a free-text rule (the text is the promise). DST rules: <see cref="LocalTimeResolution"/>.
/// </para>
/// The type holds no clock: pass instants, or an <see cref="IClock"/> to the "now" overloads.
/// </remarks>
public sealed class ChannelSchedule
{
    // After this many questions the schedule builds its timeline (a year either side of the last question) and
    // answers from it: a report asks millions, `ssla due` one, which must not pay for two years of days.
    private const int WalksBeforeTimeline = 64;

    private readonly StaffedIntervalSource _source;
    private StaffedTimeline? _timeline;
    private int _walks;

    /// <summary>Builds the schedule of a loaded channel from its weekly hours, closed dates and promise alone (no notices).</summary>
    /// <remarks>For what hours and promise say every week (summaries, badges); <see cref="For"/> adds the notices.</remarks>
    public ChannelSchedule(Channel channel)
        : this((channel ?? throw new ArgumentNullException(nameof(channel))).TimeZone, channel.Hours, channel.Closed, channel.Reply)
    {
    }

    /// <summary>
    /// The schedule of <paramref name="channel"/> with the notices of <paramref name="promise"/> that touch it: planned
    /// closures take their window out of the staffed hours, and a temporary promise replaces the reply time for
    /// messages received in its window. What <c>ssla due</c>, <c>ssla hours</c> and the track record use.
    /// </summary>
    public static ChannelSchedule For(Promise promise, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(channel);
        var touching = promise.Notices.Where(n => n.Touches(channel.Id)).ToList();
        return new ChannelSchedule(channel.TimeZone, channel.Hours, channel.Closed, channel.Reply,
            [.. touching.Where(n => n.Kind == NoticeKind.PlannedClosure && n.Until is not null).Select(n => new ClosureWindow(n.Id, new Interval(n.From, n.Until!.Value)))],
            [.. touching.Where(n => n.Reply is not null).Select(n => new TemporaryPromise(n.Id, n.From, n.Until, n.Reply!))]);
    }

    /// <summary>Builds a schedule from its parts (tests and tools that have no <see cref="Channel"/>).</summary>
    /// <param name="zone">Zone the hours are stated in.</param>
    /// <param name="hours">Weekly staffed hours.</param>
    /// <param name="closed">Holidays and dated closures, in the channel's zone.</param>
    /// <param name="reply">The promise; its <see cref="ReplyPromise.Within"/> must not be negative.</param>
    public ChannelSchedule(DateTimeZone zone, WeeklyHours hours, IEnumerable<ClosedPeriod> closed, ReplyPromise reply)
        : this(zone, hours, closed, reply, [], [])
    {
    }

    /// <summary>Builds a schedule with closure windows and temporary promises (what notices change).</summary>
    /// <param name="zone">Zone the hours are stated in.</param>
    /// <param name="hours">Weekly staffed hours.</param>
    /// <param name="closed">Holidays and dated closures, in the channel's zone.</param>
    /// <param name="reply">The promise; its <see cref="ReplyPromise.Within"/> must not be negative.</param>
    /// <param name="closureWindows">Windows in which the channel is closed whatever its hours say (planned closures).</param>
    /// <param name="temporaryPromises">Reply times that replace the promise's for messages received in their window; windows must not overlap.</param>
    public ChannelSchedule(DateTimeZone zone, WeeklyHours hours, IEnumerable<ClosedPeriod> closed, ReplyPromise reply,
        ImmutableArray<ClosureWindow> closureWindows, ImmutableArray<TemporaryPromise> temporaryPromises)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Within.Staffed < Duration.Zero || reply.Within.Days < 0)
            throw new ArgumentOutOfRangeException(nameof(reply), reply.Within, "A reply promise cannot be negative.");
        if (temporaryPromises.Any(t => t.Within.Staffed < Duration.Zero || t.Within.Days < 0))
            throw new ArgumentOutOfRangeException(nameof(temporaryPromises), "A temporary reply promise cannot be negative.");
        Zone = zone;
        Hours = hours;
        Closed = closed.ToImmutableArray();
        Reply = reply;
        ClosureWindows = closureWindows.IsDefault ? [] : closureWindows;
        TemporaryPromises = temporaryPromises.IsDefault ? [] : temporaryPromises;
        _source = new StaffedIntervalSource(zone, hours, Closed, [.. ClosureWindows.Select(c => c.Window)]);
        IsRoundTheClock = WeeklySummary.Of(hours, zone).IsAlways;
    }

    /// <summary>Zone the hours are stated in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Weekly staffed hours.</summary>
    public WeeklyHours Hours { get; }

    /// <summary>Holidays and dated closures.</summary>
    public ImmutableArray<ClosedPeriod> Closed { get; }

    /// <summary>The reply promise.</summary>
    public ReplyPromise Reply { get; }

    /// <summary>Windows in which the channel is closed whatever its hours say (planned-closure notices).</summary>
    public ImmutableArray<ClosureWindow> ClosureWindows { get; }

    /// <summary>Reply times that hold for messages received in their window instead of <see cref="Reply"/>'s.</summary>
    public ImmutableArray<TemporaryPromise> TemporaryPromises { get; }

    /// <summary>
    /// The temporary promise in force for a message received at <paramref name="received"/>, or null when the
    /// channel's own holds. The instant of receipt decides, as in the pages' live script: a message that arrives
    /// during a storm keeps the storm's promise even when it is answered after the window.
    /// </summary>
    public TemporaryPromise? TemporaryPromiseAt(Instant received)
    {
        foreach (var promise in TemporaryPromises)
            if (promise.Holds(received)) return promise;
        return null;
    }

    /// <summary>The reply time in force for a message received at <paramref name="received"/>.</summary>
    public ReplyTime WithinAt(Instant received) => TemporaryPromiseAt(received)?.Within ?? Reply.Within;

    /// <summary>True when some staffed range exists at all (false for hours with no ranges).</summary>
    public bool HasHours => _source.HasHours;

    /// <summary>True when the channel is staffed at <paramref name="instant"/> (starts inclusive, ends exclusive).</summary>
    public bool IsStaffed(Instant instant) => NextStaffedStart(instant) == instant;

    /// <summary>True when the channel is staffed now, by <paramref name="clock"/>.</summary>
    public bool IsStaffed(IClock clock) => IsStaffed((clock ?? throw new ArgumentNullException(nameof(clock))).GetCurrentInstant());

    /// <summary>
    /// The earliest staffed instant at or after <paramref name="instant"/>: the instant itself while staffed,
    /// else the next opening; null when the channel is never staffed.
    /// </summary>
    public Instant? NextStaffedStart(Instant instant)
    {
        if (Timeline(instant) is { } timeline && timeline.TryNextStaffedStart(instant, out var fromTimeline)) return fromTimeline;
        // Intervals come in start order, so the first one still running after the instant holds the answer.
        foreach (var interval in _source.EndingAfter(instant))
            return interval.Start > instant ? interval.Start : instant;
        return null;
    }

    /// <summary>
    /// When a reply to a message received at <paramref name="received"/> is due, by the promise's rule (a temporary
    /// promise's reply time when one holds at <paramref name="received"/>).
    /// </summary>
    /// <remarks>
    /// The clock starts at <paramref name="received"/> when staffed, else at the next opening (under
    /// <c>next-opening</c>). Days (<c>2d</c>): due at the start's local time of day on the N-th following date that
    /// has staffed hours (closed dates and unstaffed days skipped); when that time is not staffed, at the close of
    /// that date's last range. Round the clock, a day is 24 staffed hours, so N days are exactly N×24 h. Hours and
    /// minutes then count staffed time only; a promise used up exactly at closing is due at closing.
    /// </remarks>
    /// <returns>
    /// The due instant; null when no due instant exists: the message arrives while closed and the off-hours rule
    /// is free text, or the channel is never staffed.
    /// </returns>
    public Instant? ReplyDueBy(Instant received)
    {
        if (NextStaffedStart(received) is not { } start) return null;
        if (start > received && !Reply.OffHours.IsNextOpening) return null;
        var within = WithinAt(received);
        var due = within.HasDays ? AfterStaffedDays(start, within.Days) : start;
        return due is { } d ? AfterStaffedTime(d, within.Staffed) : null;
    }

    // The days rule; on a channel staffed around the clock a day is 24 staffed hours (closed dates still skipped).
    private Instant? AfterStaffedDays(Instant start, int days)
    {
        if (IsRoundTheClock) return AfterStaffedTime(start, Duration.FromDays(days));
        var local = start.InZone(Zone);
        if (DaysAhead(local.Date, days) is not { } day) return null;
        var target = Zone.ResolveLocal(day.Date.At(local.TimeOfDay), LocalTimeResolution.Start).ToInstant();
        return IsStaffed(target) ? target : day.LastEnd;
    }

    // The N-th date after a date that has staffed hours, and when its last range ends; null when none comes. Worked
    // out once per start date and N: a report asks it for every reply of a days channel, and walking the dates was a
    // third of measuring (docs/BENCHMARKS.md, "Report"). Bounded; cleared when full, which only costs walking again.
    private const int CachedDaysAhead = 4096;
    private readonly ConcurrentDictionary<(LocalDate From, int Days), StaffedDay?> _daysAhead = new();

    private readonly record struct StaffedDay(LocalDate Date, Instant LastEnd);

    private StaffedDay? DaysAhead(LocalDate from, int days)
    {
        if (_daysAhead.TryGetValue((from, days), out var known)) return known;
        var found = WalkDaysAhead(from, days);
        if (_daysAhead.Count >= CachedDaysAhead) _daysAhead.Clear();
        _daysAhead[(from, days)] = found;
        return found;
    }

    private StaffedDay? WalkDaysAhead(LocalDate date, int days)
    {
        var idle = 0;
        while (days > 0)
        {
            date = date.PlusDays(1);
            var intervals = _source.IntervalsOn(date).ToList();
            if (intervals.Count == 0)
            {
                // Hours exist, so a staffed date comes within a week of the last closure; this only stops a walk
                // through hours that can never be staffed (every range inside a DST gap).
                if (++idle > 800 && (_source.LastClosed is not { } last || date > last)) return null;
                continue;
            }
            if (--days > 0) continue;
            return new StaffedDay(date, intervals.Max(i => i.End));
        }
        return null;
    }

    // The instant at which `staffed` of staffed time has passed since `from` (from itself for zero).
    private Instant? AfterStaffedTime(Instant from, Duration staffed)
    {
        if (staffed == Duration.Zero) return from;
        if (Timeline(from) is { } timeline && timeline.TryAfterStaffedTime(from, staffed, out var fromTimeline)) return fromTimeline;
        var remaining = staffed;
        var cursor = from;
        foreach (var interval in _source.EndingAfter(from))
        {
            var start = Max(interval.Start, cursor);
            if (interval.End <= start) continue;
            var available = interval.End - start;
            if (available >= remaining) return start + remaining;
            remaining -= available;
            cursor = interval.End;
        }
        return null;
    }

    /// <summary>True when every day is staffed all day (<c>hours: always</c> or 00:00–24:00 on all seven days).</summary>
    public bool IsRoundTheClock { get; }

    /// <summary>True when every day of the week has staffed hours, so "days" and "working days" mean the same.</summary>
    public bool IsStaffedEveryDay => Hours.IsAlways || Hours.StaffedDayCount == 7;

    /// <summary>When a reply to a message sent now, by <paramref name="clock"/>, is due (see <see cref="ReplyDueBy(Instant)"/>).</summary>
    public Instant? ReplyDueBy(IClock clock) => ReplyDueBy((clock ?? throw new ArgumentNullException(nameof(clock))).GetCurrentInstant());

    /// <summary>
    /// The staffed intervals between two instants, disjoint, merged where they touch, clipped to
    /// [<paramref name="from"/>, <paramref name="to"/>), in order.
    /// </summary>
    public IEnumerable<Interval> StaffedIntervals(Instant from, Instant to)
    {
        if (to <= from) yield break;
        Interval? pending = null;
        foreach (var raw in _source.EndingAfter(from))
        {
            if (raw.Start >= to) break;
            var clipped = new Interval(Max(raw.Start, from), Min(raw.End, to));
            if (pending is { } p && clipped.Start <= p.End)
            {
                pending = new Interval(p.Start, Max(p.End, clipped.End));
                continue;
            }
            if (pending is { } done) yield return done;
            pending = clipped;
        }
        if (pending is { } last) yield return last;
    }

    /// <summary>How much staffed time lies between two instants (zero when <paramref name="to"/> is not later).</summary>
    public Duration StaffedTimeBetween(Instant from, Instant to)
    {
        if (Timeline(from) is { } timeline && timeline.TryStaffedTimeBetween(from, to, out var fromTimeline)) return fromTimeline;
        var total = Duration.Zero;
        foreach (var interval in StaffedIntervals(from, to)) total += interval.Duration;
        return total;
    }

    /// <summary>True once the schedule answers from its timeline (tests check both ways give the same answers).</summary>
    internal bool AnswersFromTimeline => _timeline is not null;

    // The timeline once enough questions were asked (built once, around the instant of the question that tips it;
    // questions outside its span walk). Several threads may build it at once; one result is kept, all are equal.
    private StaffedTimeline? Timeline(Instant around)
    {
        if (_timeline is { } built) return built;
        if (Interlocked.Increment(ref _walks) <= WalksBeforeTimeline) return null;
        Interlocked.CompareExchange(ref _timeline, StaffedTimeline.Around(_source, around), null);
        return _timeline;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
