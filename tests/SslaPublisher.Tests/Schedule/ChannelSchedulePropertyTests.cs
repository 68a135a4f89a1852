using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SslaPublisher.Schedule;
using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Schedule;

/// <summary>A schedule, a receipt instant, a promise, and a later second receipt.</summary>
public sealed record DueCase(int ScheduleIndex, Instant Received, Duration Within, Duration Later)
{
    /// <summary>Schedules chosen to hit DST gaps and overlaps, midnight crossings, closures and odd offsets.</summary>
    public static readonly (string Zone, string Hours, string Closed)[] Schedules =
    [
        ("America/New_York", "mon-fri 09:00-18:00; sat 10:00-14:00", "2026-12-25;2026-07-03..2026-07-05"),
        ("America/New_York", "sun 00:00-03:00,22:00-02:30; sat 01:30-02:30", ""),
        // Adjacent ranges meeting inside a fall-back overlap: the raw intervals overlap by an hour that night.
        ("America/New_York", "sat 22:00-01:30; sun 01:30-05:00", ""),
        ("Europe/London", "sat 23:00-01:30; sun 01:30-03:00", ""),
        ("Europe/London", "mon-sun 06:00-12:00,22:00-02:00", "2026-03-29"),
        ("Europe/London", "mon 22:00-24:00; tue 00:00-06:00; sun 00:30-01:30", ""),
        ("Australia/Lord_Howe", "sun 01:00-03:00; mon-fri 09:00-17:00", "2026-04-06..2026-04-10"),
        ("Pacific/Chatham", "sun 02:00-04:00; sat 03:00-04:00", ""),
        ("Asia/Kolkata", "mon-fri 09:30-18:30", "2026-08-15"),
        ("UTC", "always", "2026-06-01..2026-06-03"),
    ];

    public ChannelSchedule Schedule() => ScheduleOf(Schedules[ScheduleIndex].Zone, Schedules[ScheduleIndex].Hours,
        $"{(int)Within.TotalMinutes}m", Schedules[ScheduleIndex].Closed);

    public override string ToString() =>
        $"{Schedules[ScheduleIndex]}, received {Iso(Received)}, within {Within}, later +{Later}";
}

/// <summary>FsCheck generators: receipts spread over 2026, half of them within three days of a clock change.</summary>
public static class DueCaseArbitraries
{
    private static readonly Instant YearStart = At("2026-01-01T00:00Z");

    private static readonly Instant[] Changes =
    [
        At("2026-03-08T07:00Z"), At("2026-11-01T06:00Z"),  // New York
        At("2026-03-29T01:00Z"), At("2026-10-25T01:00Z"),  // London
        At("2026-04-04T15:00Z"), At("2026-10-03T15:30Z"),  // Lord Howe
        At("2026-04-04T14:00Z"), At("2026-09-26T14:00Z"),  // Chatham
    ];

    public static Arbitrary<DueCase> DueCase()
    {
        var anywhere = Gen.Choose(0, 365 * 24 * 60).Select(m => YearStart + Duration.FromMinutes(m));
        var nearChange = Gen.Elements(Changes).SelectMany(c => Gen.Choose(-3 * 24 * 60, 3 * 24 * 60).Select(m => c + Duration.FromMinutes(m)));
        var received = Gen.Choose(0, 1).SelectMany(coin => coin == 0 ? anywhere : nearChange);
        var gen =
            from index in Gen.Choose(0, Tests.Schedule.DueCase.Schedules.Length - 1)
            from at in received
            from within in Gen.Choose(1, 48 * 60)
            from later in Gen.Choose(0, 4 * 24 * 60)
            select new DueCase(index, at, Duration.FromMinutes(within), Duration.FromMinutes(later));
        return gen.ToArbitrary();
    }
}

[Properties(Arbitrary = [typeof(DueCaseArbitraries)], MaxTest = 300)]
public class ChannelSchedulePropertyTests
{
    [Property]
    public bool Should_never_be_due_before_received(DueCase c)
    {
        // Given
        var schedule = c.Schedule();

        // When
        var due = schedule.ReplyDueBy(c.Received);

        // Then
        return due is { } d && d >= c.Received;
    }

    [Property]
    public bool Should_be_monotone_in_the_receipt_instant(DueCase c)
    {
        // Given
        var schedule = c.Schedule();

        // When
        var first = schedule.ReplyDueBy(c.Received);
        var second = schedule.ReplyDueBy(c.Received + c.Later);

        // Then
        return first is { } a && second is { } b && a <= b;
    }

    [Property]
    public bool Should_have_exactly_the_promised_staffed_time_between_receipt_and_due(DueCase c)
    {
        // Given
        var schedule = c.Schedule();

        // When
        var due = schedule.ReplyDueBy(c.Received)!.Value;

        // Then
        return schedule.StaffedTimeBetween(c.Received, due) == c.Within;
    }

    [Property]
    public bool Should_answer_from_the_timeline_exactly_as_by_walking_the_days(DueCase c)
    {
        // Given a fresh schedule (it walks the days) and the same schedule after enough questions to build its
        // timeline around the receipt (as a report's millions of rows do)
        var walking = c.Schedule();
        var timeline = c.Schedule();
        for (var i = 0; i < 100; i++) timeline.NextStaffedStart(c.Received - Duration.FromHours(i));
        Assert.True(timeline.AnswersFromTimeline);

        // When and then: every question the timeline answers gets the walk's answer
        var later = c.Received + c.Later;
        return timeline.AnswersFromTimeline
               && timeline.ReplyDueBy(c.Received) == walking.ReplyDueBy(c.Received)
               && timeline.ReplyDueBy(later) == c.Schedule().ReplyDueBy(later)
               && timeline.NextStaffedStart(later) == c.Schedule().NextStaffedStart(later)
               && timeline.IsStaffed(later) == c.Schedule().IsStaffed(later)
               && timeline.StaffedTimeBetween(c.Received, later) == c.Schedule().StaffedTimeBetween(c.Received, later)
               && timeline.StaffedTimeBetween(later, c.Received) == Duration.Zero;
    }

    [Property]
    public bool Should_open_next_at_a_staffed_instant_with_nothing_staffed_before_it(DueCase c)
    {
        // Given
        var schedule = c.Schedule();

        // When
        var next = schedule.NextStaffedStart(c.Received)!.Value;

        // Then
        return next >= c.Received && schedule.IsStaffed(next) &&
               schedule.StaffedTimeBetween(c.Received, next) == Duration.Zero;
    }
}
