using NodaTime;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

public class TrackRecordReaderTests
{
    [Fact]
    public void Should_count_every_outcome_and_compute_on_time_percent_over_decided_interactions_only()
    {
        // Given, on Monday 2026-11-23 (x-help opens 09:00 New York = 14:00Z), one of each outcome
        var rows = """
            x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z
            x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z
            x-help,2026-11-23T14:00:00Z,2026-11-23T14:40:00Z
            x-help,2026-11-23T14:00:00Z,
            x-help,2026-11-23T19:00:00Z,
            insta,2026-11-21T15:00:00Z,2026-11-23T14:10:00Z
            """;

        // When measured as of 19:05Z the same day
        var x = ReportingFixtures.Measure(rows, "2026-11-23T19:05Z").Channel("x-help").Total;

        // Then 2 on time, 1 late, 1 missed, 1 pending: on-time % = 2 / 4
        Assert.Equal((5L, 2L, 1L, 1L, 1L, 0L), (x.Total, x.OnTime, x.Late, x.Missed, x.Pending, x.NoPromise));
        Assert.Equal(50m, x.OnTimePercent);
        Assert.Equal(3, x.Answered);
        Assert.Equal(600, x.StaffedTime.MedianSeconds);
        Assert.Equal(2400, x.StaffedTime.P90Seconds);
    }

    [Fact]
    public void Should_count_free_text_off_hours_messages_as_no_promise_and_leave_them_out_of_on_time_percent()
    {
        // Given only a Saturday message on insta (free-text off-hours rule)
        var record = ReportingFixtures.Measure("insta,2026-11-21T15:00:00Z,2026-11-23T14:10:00Z", "2026-12-01T00:00Z");

        // Then it is counted, not judged
        var insta = record.Channel("insta").Total;
        Assert.Equal((1L, 1L), (insta.Total, insta.NoPromise));
        Assert.Null(insta.OnTimePercent);
        Assert.Equal(1, insta.Answered);
    }

    [Fact]
    public void Should_put_each_interaction_in_the_month_of_its_channel_zone()
    {
        // Given the same instant, 2026-07-01T02:00Z: still June 30 in New York, already July 1 in London
        var rows = """
            x-help,2026-07-01T02:00:00Z,
            ops,2026-07-01T02:00:00Z,2026-07-01T02:10:00Z
            """;

        // When measured
        var record = ReportingFixtures.Measure(rows, "2026-08-01T00:00Z");

        // Then each lands in its own zone's month
        Assert.Equal(new YearMonth(2026, 6), Assert.Single(record.Channel("x-help").Months).Month);
        Assert.Equal(new YearMonth(2026, 7), Assert.Single(record.Channel("ops").Months).Month);
    }

    [Fact]
    public void Should_count_rows_out_of_time_order_in_their_own_months()
    {
        // Given rows that go back and forth between October and November, and between two channels
        var rows = """
            ops,2026-10-20T10:00:00Z,2026-10-20T10:05:00Z
            ops,2026-11-20T10:00:00Z,2026-11-20T10:05:00Z
            x-help,2026-11-20T15:00:00Z,2026-11-20T15:05:00Z
            ops,2026-10-21T10:00:00Z,2026-10-21T10:05:00Z
            ops,2026-10-22T10:00:00Z,2026-10-22T10:05:00Z
            x-help,2026-10-20T15:00:00Z,2026-10-20T15:05:00Z
            ops,2026-11-21T10:00:00Z,2026-11-21T10:05:00Z
            """;

        // When measured
        var record = ReportingFixtures.Measure(rows, "2026-12-01T00:00Z");

        // Then each month has exactly its own rows, in month order
        Assert.Equal([(new YearMonth(2026, 10), 3L), (new YearMonth(2026, 11), 2L)],
            record.Channel("ops").Months.Select(m => (m.Month, m.Summary.Total)).ToArray());
        Assert.Equal([(new YearMonth(2026, 10), 1L), (new YearMonth(2026, 11), 1L)],
            record.Channel("x-help").Months.Select(m => (m.Month, m.Summary.Total)).ToArray());
    }

    [Fact]
    public void Should_list_channels_without_rows_and_count_rows_received_after_as_of()
    {
        // Given one row before as-of and one after
        var rows = """
            ops,2026-11-23T10:00:00Z,2026-11-23T10:05:00Z
            ops,2026-11-24T10:00:00Z,2026-11-24T10:05:00Z
            """;

        // When measured as of the day between
        var record = ReportingFixtures.Measure(rows, "2026-11-23T12:00Z");

        // Then the later row is counted as left out, and every channel of ssla.yaml is listed
        Assert.Equal((2L, 1L, 1L), (record.Source.Rows, record.Source.Measured, record.Source.ReceivedAfterAsOf));
        Assert.Equal(["x-help", "insta", "ops"], record.Channels.Select(c => c.Channel.Id));
        Assert.Equal(0, record.Channel("x-help").Total.Total);
        Assert.Empty(record.Channel("x-help").Months);
    }

    [Fact]
    public void Should_stop_at_the_first_bad_row_unless_told_to_skip_and_then_count_every_one()
    {
        // Given two bad rows among good ones
        var rows = """
            ops,2026-11-23T10:00:00Z,
            nope,2026-11-23T10:00:00Z,
            ops,2026-11-23T10:00:00,
            ops,2026-11-23T11:00:00Z,
            """;

        // When measured strictly, then skipping
        var error = Assert.Throws<ReplyCsvException>(() => ReportingFixtures.Measure(rows, "2026-12-01T00:00Z"));
        var record = ReportingFixtures.Measure(rows, "2026-12-01T00:00Z", skipBadRows: true);

        // Then strict stops at line 3; skipping measures the rest and counts both bad rows with their lines
        Assert.Equal(3, error.Problem.Line);
        Assert.Equal((4L, 2L, 2L), (record.Source.Rows, record.Source.Measured, record.Source.BadRowsSkipped));
        Assert.Equal([3, 4], record.Source.FirstBadRows.Select(b => b.Line));
        Assert.Equal(2, record.Channel("ops").Total.Total);
    }

    [Fact]
    public void Should_list_the_worst_breaches_per_channel_and_month()
    {
        // Given a late reply (25 min late) and a missed message (as of 1 h past due)
        var rows = """
            x-help,2026-11-23T14:00:00Z,2026-11-23T14:40:00Z
            x-help,2026-11-23T15:00:00Z,
            x-help,2026-11-23T16:00:00Z,2026-11-23T16:05:00Z
            """;

        // When measured as of 16:15Z
        var x = ReportingFixtures.Measure(rows, "2026-11-23T16:15Z").Channel("x-help");

        // Then the missed one (60 min past due) comes first, then the late one; the on-time one is no breach
        Assert.Equal([(3, Outcome.Missed, 60.0), (2, Outcome.Late, 25.0)],
            x.Total.WorstBreaches.Select(b => (b.Line, b.Outcome, b.Lateness.TotalMinutes)));
        Assert.Equal(x.Total.WorstBreaches.ToArray(), Assert.Single(x.Months).Summary.WorstBreaches.ToArray());
    }

    [Fact]
    public void Should_count_the_last_90_days_separately_for_the_badge()
    {
        // Given an on-time reply 100 days before as-of and a late one 10 days before
        var rows = """
            ops,2026-08-23T10:00:00Z,2026-08-23T10:05:00Z
            ops,2026-11-21T10:00:00Z,2026-11-21T11:00:00Z
            """;

        // When measured as of 2026-12-01
        var ops = ReportingFixtures.Measure(rows, "2026-12-01T10:00Z").Channel("ops");

        // Then the recent window holds only the late one, while the total holds both
        Assert.Equal((1L, 0L, 1L), (ops.Recent.Total, ops.Recent.OnTime, ops.Recent.Late));
        Assert.Equal(0m, ops.Recent.OnTimePercent);
        Assert.Equal(50m, ops.Total.OnTimePercent);
    }
}
