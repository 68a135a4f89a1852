using NodaTime;
using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Schedule;

/// <summary>
/// Ranges on the days clocks change. Rule (docs/schedule.md): a start or end inside a gap moves to the end of the
/// gap; in an overlap a start takes the earlier occurrence and an end the later one.
/// </summary>
public class DaylightSavingTests
{
    [Theory]
    // America/New_York, 2026-03-08: 02:00 EST → 03:00 EDT
    [InlineData("America/New_York", "sun 01:00-05:00", "2026-03-08", "2026-03-08T06:00:00Z", "2026-03-08T09:00:00Z")]
    [InlineData("America/New_York", "sun 02:30-04:00", "2026-03-08", "2026-03-08T07:00:00Z", "2026-03-08T08:00:00Z")]
    [InlineData("America/New_York", "sun 02:15-02:45", "2026-03-08", null, null)]
    [InlineData("America/New_York", "sat 22:00-02:30", "2026-03-07", "2026-03-08T03:00:00Z", "2026-03-08T07:00:00Z")]
    // America/New_York, 2026-11-01: 02:00 EDT → 01:00 EST
    [InlineData("America/New_York", "sun 00:00-03:00", "2026-11-01", "2026-11-01T04:00:00Z", "2026-11-01T08:00:00Z")]
    [InlineData("America/New_York", "sun 01:30-05:00", "2026-11-01", "2026-11-01T05:30:00Z", "2026-11-01T10:00:00Z")]
    [InlineData("America/New_York", "sat 22:00-01:30", "2026-10-31", "2026-11-01T02:00:00Z", "2026-11-01T06:30:00Z")]
    // Europe/London, 2026-03-29: 01:00 GMT → 02:00 BST; 2026-10-25: 02:00 BST → 01:00 GMT
    [InlineData("Europe/London", "sun 00:30-01:30", "2026-03-29", "2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z")]
    [InlineData("Europe/London", "sun 01:15-01:45", "2026-03-29", null, null)]
    [InlineData("Europe/London", "sun 01:15-01:45", "2026-10-25", "2026-10-25T00:15:00Z", "2026-10-25T01:45:00Z")]
    // Australia/Lord_Howe, a 30-minute shift: 2026-10-04 02:00 → 02:30 (+10:30 → +11); 2026-04-05 02:00 → 01:30
    [InlineData("Australia/Lord_Howe", "sun 02:00-03:00", "2026-10-04", "2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z")]
    [InlineData("Australia/Lord_Howe", "sun 02:10-02:20", "2026-10-04", null, null)]
    [InlineData("Australia/Lord_Howe", "sun 01:00-03:00", "2026-04-05", "2026-04-04T14:00:00Z", "2026-04-04T16:30:00Z")]
    [InlineData("Australia/Lord_Howe", "sun 01:45-02:30", "2026-04-05", "2026-04-04T14:45:00Z", "2026-04-04T16:00:00Z")]
    // Pacific/Chatham: 2026-09-27 02:45 → 03:45 (+12:45 → +13:45); 2026-04-05 03:45 → 02:45
    [InlineData("Pacific/Chatham", "sun 02:00-04:00", "2026-09-27", "2026-09-26T13:15:00Z", "2026-09-26T14:15:00Z")]
    [InlineData("Pacific/Chatham", "sun 03:00-04:00", "2026-04-05", "2026-04-04T13:15:00Z", "2026-04-04T15:15:00Z")]
    // Asia/Kolkata has no DST: +05:30 all year, on the US change day too
    [InlineData("Asia/Kolkata", "sun 09:00-18:00", "2026-03-08", "2026-03-08T03:30:00Z", "2026-03-08T12:30:00Z")]
    public void Should_resolve_ranges_on_days_the_clocks_change(string zone, string hours, string date, string? expectedStart, string? expectedEnd)
    {
        // Given: hours on one weekday only, so a 36-hour window from that day's start holds at most that range
        var schedule = ScheduleOf(zone, hours);
        var from = Zone(zone).AtStartOfDay(Date(date)).ToInstant();

        // When
        var intervals = schedule.StaffedIntervals(from, from + Duration.FromHours(36)).ToList();

        // Then
        if (expectedStart is null)
        {
            Assert.Empty(intervals);
            return;
        }
        var only = Assert.Single(intervals);
        Assert.Equal((expectedStart, expectedEnd), (Iso(only.Start), Iso(only.End)));
    }

    [Theory]
    // 30 real minutes across London's spring gap: 00:50 GMT + 30m = 02:20 BST
    [InlineData("Europe/London", "sun 00:00-06:00", "30m", "2026-03-29T00:50Z", "2026-03-29T01:20:00Z")]
    // New York's repeated hour is staffed: 00:00 EDT + 3h30m = 02:30 EST
    [InlineData("America/New_York", "sun 00:00-03:00", "3h30m", "2026-11-01T00:00-04:00", "2026-11-01T07:30:00Z")]
    // Lord Howe's half-hour gap: 01:50 (+10:30) + 20m = 02:40 (+11)
    [InlineData("Australia/Lord_Howe", "sun 01:00-05:00", "20m", "2026-10-04T01:50+10:30", "2026-10-03T15:40:00Z")]
    // Chatham, a range ending in its spring gap runs to the gap's end (03:45 +13:45 = 14:00Z): 30m left there,
    // 15 more from next Sunday 02:00, now +13:45 (12:15Z)
    [InlineData("Pacific/Chatham", "sun 02:00-03:00", "45m", "2026-09-27T02:15+12:45", "2026-10-03T12:30:00Z")]
    public void Should_count_real_elapsed_staffed_time_across_a_change(string zone, string hours, string within, string received, string expected)
    {
        // Given
        var schedule = ScheduleOf(zone, hours, within);

        // When
        var due = schedule.ReplyDueBy(At(received));

        // Then
        Assert.Equal(expected, Iso(due));
    }

    [Fact]
    public void Should_count_the_repeated_hour_once_where_two_ranges_meet_inside_it()
    {
        // Given: Saturday 22:00-01:30 and Sunday 01:30-05:00 in New York; 01:30 happens twice on 2026-11-01.
        // The first range ends at the later 01:30 (06:30Z), the second starts at the earlier one (05:30Z).
        var schedule = ScheduleOf("America/New_York", "sat 22:00-01:30; sun 01:30-05:00");

        // When
        var intervals = schedule.StaffedIntervals(At("2026-10-31T12:00Z"), At("2026-11-02T00:00Z")).ToList();

        // Then: one unbroken stretch, 22:00 EDT (02:00Z) to 05:00 EST (10:00Z): 8 real hours, none counted twice
        var only = Assert.Single(intervals);
        Assert.Equal(("2026-11-01T02:00:00Z", "2026-11-01T10:00:00Z"), (Iso(only.Start), Iso(only.End)));
        Assert.Equal(Duration.FromHours(8), schedule.StaffedTimeBetween(At("2026-10-31T12:00Z"), At("2026-11-02T00:00Z")));
        Assert.Equal("2026-11-01T09:00:00Z", Iso(ScheduleOf("America/New_York", "sat 22:00-01:30; sun 01:30-05:00", "7h")
            .ReplyDueBy(At("2026-11-01T02:00Z"))));
    }
}
