using NodaTime;
using SslaPublisher.Reporting;
using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Reporting;

/// <summary>New York weekdays 09:00–18:00 (EST, UTC−5 in late November), 15 minutes of staffed time.</summary>
public class ReplyMeasurerTests
{
    private static ReplyMeasurement Measure(string received, string? reply, string asOf, string? offHoursText = null)
    {
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-18:00", "15m", offHoursText: offHoursText);
        return new ReplyMeasurer(schedule, At(asOf)).Measure(new ReplyRow(0, At(received), reply is null ? null : At(reply), 2));
    }

    [Fact]
    public void Should_count_a_reply_within_the_promise_as_on_time()
    {
        // Given a message at Monday 09:00 local answered 10 minutes later
        var m = Measure("2026-11-23T14:00Z", "2026-11-23T14:10Z", "2026-12-01T00:00Z");

        // Then it is on time, 10 minutes in wall and staffed time
        Assert.Equal(Outcome.OnTime, m.Outcome);
        Assert.Equal(Duration.FromMinutes(10), m.WallTime);
        Assert.Equal(Duration.FromMinutes(10), m.StaffedTime);
        Assert.Equal(Duration.Zero, m.Lateness);
    }

    [Fact]
    public void Should_count_a_reply_exactly_at_the_due_instant_as_on_time_and_one_second_later_as_late()
    {
        // Given replies at due (14:15Z) and at due + 1 s
        var atDue = Measure("2026-11-23T14:00Z", "2026-11-23T14:15Z", "2026-12-01T00:00Z");
        var after = Measure("2026-11-23T14:00Z", "2026-11-23T14:15:01Z", "2026-12-01T00:00Z");

        // Then the boundary belongs to "on time"
        Assert.Equal(Outcome.OnTime, atDue.Outcome);
        Assert.Equal(Outcome.Late, after.Outcome);
        Assert.Equal(Duration.FromSeconds(1), after.Lateness);
    }

    [Fact]
    public void Should_measure_across_the_weekend_in_staffed_time_only()
    {
        // Given a message at Friday 17:55 local, answered Monday 09:05 local
        var m = Measure("2026-11-20T22:55Z", "2026-11-23T14:05Z", "2026-12-01T00:00Z");

        // Then 5 Friday minutes + 5 Monday minutes were staffed: on time (due Monday 09:10)
        Assert.Equal(Outcome.OnTime, m.Outcome);
        Assert.Equal(At("2026-11-23T14:10Z"), m.Due);
        Assert.Equal(Duration.FromMinutes(10), m.StaffedTime);
        Assert.Equal(Duration.FromDays(2) + Duration.FromMinutes(15 * 60 + 10), m.WallTime);
    }

    [Fact]
    public void Should_count_an_unanswered_message_past_due_as_missed_by_at_least_the_time_since_due()
    {
        // Given no reply, as of 15 minutes after due
        var m = Measure("2026-11-23T14:00Z", null, "2026-11-23T14:30Z");

        // Then it is missed, late by as-of minus due, with no reply times
        Assert.Equal(Outcome.Missed, m.Outcome);
        Assert.Equal(Duration.FromMinutes(15), m.Lateness);
        Assert.Null(m.WallTime);
        Assert.Null(m.StaffedTime);
    }

    [Theory]
    [InlineData(null, "2026-11-23T14:10Z")]
    [InlineData(null, "2026-11-23T14:15Z")]
    [InlineData("2026-11-23T14:20Z", "2026-11-23T14:12Z")]
    public void Should_count_a_message_not_yet_due_at_as_of_as_pending_even_when_answered_later(string? reply, string asOf)
    {
        // Given no reply by as-of (none at all, or one sent after as-of), and as-of not past due (14:15Z)
        var m = Measure("2026-11-23T14:00Z", reply, asOf);

        // Then it is pending, and a reply after as-of is not known yet
        Assert.Equal(Outcome.Pending, m.Outcome);
        Assert.Null(m.Answered);
    }

    [Fact]
    public void Should_count_a_reply_sent_after_as_of_as_missed_when_as_of_is_past_due()
    {
        // Given a reply at 16:00Z, but the report is as of 15:00Z
        var m = Measure("2026-11-23T14:00Z", "2026-11-23T16:00Z", "2026-11-23T15:00Z");

        // Then at as-of it was an unanswered message 45 minutes past due
        Assert.Equal(Outcome.Missed, m.Outcome);
        Assert.Equal(Duration.FromMinutes(45), m.Lateness);
    }

    [Fact]
    public void Should_count_an_off_hours_message_under_a_free_text_rule_as_no_promise_but_keep_its_reply_time()
    {
        // Given a Saturday message on a channel whose off-hours rule is free text, answered Monday 09:10 local
        var m = Measure("2026-11-21T15:00Z", "2026-11-23T14:10Z", "2026-12-01T00:00Z", offHoursText: "Answered on Monday.");

        // Then there is no due instant to judge against, but the reply still counts in the distribution
        Assert.Equal(Outcome.NoPromise, m.Outcome);
        Assert.Null(m.Due);
        Assert.Equal(Duration.FromMinutes(10), m.StaffedTime);
    }
}
