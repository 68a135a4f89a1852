using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Schedule;

/// <summary>
/// "Days mean days": <c>Nd</c> is due at the clock start's local time on the N-th following day with staffed hours.
/// Every row was worked out by hand; docs/schedule.md shows them. 2026-11-30 is a Monday; New York is on EST (UTC−5).
/// </summary>
public class ReplyDaysTests
{
    [Theory]
    [InlineData("the issue's repro: Monday 09:00 + 2d is Wednesday 09:00, not 7 December", "America/New_York", "mon-fri 09:00-17:00", "2d", "", "2026-11-30T14:00Z", "2026-12-02T14:00:00Z")]
    [InlineData("received while closed: the clock starts at Monday's opening", "America/New_York", "mon-fri 09:00-17:00", "2d", "", "2026-11-28T20:00Z", "2026-12-02T14:00:00Z")]
    [InlineData("the weekend is skipped: Thursday 16:30 + 2d is Monday 16:30", "America/New_York", "mon-fri 09:00-17:00", "2d", "", "2026-12-03T21:30Z", "2026-12-07T21:30:00Z")]
    [InlineData("the time falls after the day's closing: due at that close", "America/New_York", "mon-thu 09:00-17:00; fri 09:00-13:00", "1d", "", "2026-12-03T20:00Z", "2026-12-04T18:00:00Z")]
    [InlineData("a closed date is skipped: Thursday 24 Dec + 1d is Monday 28 Dec", "America/New_York", "mon-fri 09:00-17:00", "1d", "2026-12-25", "2026-12-24T15:00Z", "2026-12-28T15:00:00Z")]
    [InlineData("days then staffed hours: Tuesday 14:00, then 3 h Tuesday and 1 h Wednesday", "America/New_York", "mon-fri 09:00-17:00", "1d4h", "", "2026-11-30T19:00Z", "2026-12-02T15:00:00Z")]
    [InlineData("around the clock: exactly 48 h, across the spring-forward", "America/New_York", "always", "2d", "", "2026-03-07T17:00Z", "2026-03-09T17:00:00Z")]
    [InlineData("around the clock with a closed date: that day is skipped", "UTC", "always", "1d", "2026-11-21", "2026-11-20T12:00Z", "2026-11-22T12:00:00Z")]
    [InlineData("staffed every day: a day is the same local time next day, 23 h across the spring-forward", "America/New_York", "mon-sun 09:00-17:00", "1d", "", "2026-03-07T15:00Z", "2026-03-08T14:00:00Z")]
    [InlineData("overnight hours: 01:00 next Friday is not staffed, so due at Friday's close (Saturday 02:00)", "Europe/London", "fri 22:00-02:00", "1d", "", "2026-11-21T01:00Z", "2026-11-28T02:00:00Z")]
    public void Should_count_days_as_staffed_days(string because, string zone, string hours, string within, string closed, string received, string expected)
    {
        // Given
        var schedule = ScheduleOf(zone, hours, within, closed);

        // When
        var due = schedule.ReplyDueBy(At(received));

        // Then
        Assert.True(Iso(due) == expected, $"{because}: expected {expected}, got {Iso(due)}");
    }

    [Fact]
    public void Should_have_no_due_instant_for_days_received_while_closed_under_a_free_text_rule()
    {
        // Given a free-text off-hours rule
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-17:00", "1d", offHoursText: "We answer on Monday.");

        // When a message arrives on Saturday, and another on Monday while staffed
        var saturday = schedule.ReplyDueBy(At("2026-11-28T15:00Z"));
        var monday = schedule.ReplyDueBy(At("2026-11-30T15:00Z"));

        // Then the text is the whole promise on Saturday; Monday's is due Tuesday at the same time
        Assert.Null(saturday);
        Assert.Equal("2026-12-01T15:00:00Z", Iso(monday));
    }

    [Theory]
    [InlineData("America/New_York", "mon-fri 09:00-17:00; sat 10:00-14:00", "2d", "2026-11-26;2026-12-24..2026-12-28")]
    [InlineData("Europe/London", "fri 22:00-02:00; mon-thu 09:00-17:00", "1d2h", "2026-03-30")]
    public void Should_give_the_walk_s_due_instant_from_a_schedule_that_remembers_its_dates(string zone, string hours, string within, string closed)
    {
        // Given one schedule asked again and again, as a report does (it remembers the days rule per start date), and
        // receipts every 47 minutes over two months around a clock change and the closures, asked twice in two orders
        var remembering = ScheduleOf(zone, hours, within, closed);
        var start = zone == "Europe/London" ? At("2026-03-01T00:00Z") : At("2026-10-20T00:00Z");
        var receipts = Enumerable.Range(0, 60 * 24 * 60 / 47).Select(i => start + NodaTime.Duration.FromMinutes(47 * i)).ToList();
        foreach (var received in receipts.Concat(Enumerable.Reverse(receipts)))
        {
            // When and then: each answer is a fresh schedule's, which walks the dates
            Assert.Equal(ScheduleOf(zone, hours, within, closed).ReplyDueBy(received), remembering.ReplyDueBy(received));
        }
    }
}
