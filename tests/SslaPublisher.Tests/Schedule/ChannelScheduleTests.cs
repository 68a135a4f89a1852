using NodaTime;
using NodaTime.Testing;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;
using SslaPublisher.Tests.Support;
using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Schedule;

public class ChannelScheduleTests
{
    // Each row was worked out by hand; docs/schedule.md walks through several of them.
    // 2026-11-20 is a Friday; New York is on EST (-05:00) then, London on GMT.
    [Theory]
    [InlineData("staffed: the clock starts at once", "America/New_York", "mon-fri 09:00-18:00", "15m", "", "2026-11-23T10:00-05:00", "2026-11-23T15:15:00Z")]
    [InlineData("17:55 with 18:00 closing: 10 min after the next opening", "America/New_York", "mon-fri 09:00-18:00", "15m", "", "2026-11-20T17:55-05:00", "2026-11-23T14:10:00Z")]
    [InlineData("promise used up exactly at closing", "America/New_York", "mon-fri 09:00-18:00", "15m", "", "2026-11-20T17:45-05:00", "2026-11-20T23:00:00Z")]
    [InlineData("received at the closing instant", "America/New_York", "mon-fri 09:00-18:00", "15m", "", "2026-11-20T18:00-05:00", "2026-11-23T14:15:00Z")]
    [InlineData("weekend, next-opening", "America/New_York", "mon-fri 09:00-18:00", "15m", "", "2026-11-21T12:00-05:00", "2026-11-23T14:15:00Z")]
    [InlineData("before opening the same day", "America/New_York", "mon-fri 09:00-18:00", "15m", "", "2026-11-23T07:00-05:00", "2026-11-23T14:15:00Z")]
    [InlineData("holiday skipped", "America/New_York", "mon-fri 09:00-18:00", "15m", "2026-12-25", "2026-12-24T17:55-05:00", "2026-12-28T14:10:00Z")]
    [InlineData("dated closure of several days", "America/New_York", "mon-fri 09:00-18:00", "2h", "2026-12-24..2026-12-28", "2026-12-23T17:00-05:00", "2026-12-29T15:00:00Z")]
    [InlineData("a 1d promise is one staffed day, not 24 staffed hours", "America/New_York", "mon-fri 09:00-17:00", "1d", "", "2026-11-23T09:00-05:00", "2026-11-24T14:00:00Z")]
    [InlineData("range crossing midnight", "Europe/London", "fri 22:00-02:00", "30m", "", "2026-11-20T23:50Z", "2026-11-21T00:20:00Z")]
    [InlineData("after-midnight part carries over to next week", "Europe/London", "fri 22:00-02:00", "30m", "", "2026-11-21T01:50Z", "2026-11-27T22:20:00Z")]
    [InlineData("closing the next day keeps a range that started before", "Europe/London", "fri 22:00-02:00", "30m", "2026-11-21", "2026-11-21T01:00Z", "2026-11-21T01:30:00Z")]
    [InlineData("closing the start day cancels its range", "Europe/London", "fri 22:00-02:00", "30m", "2026-11-20", "2026-11-20T23:00Z", "2026-11-27T22:30:00Z")]
    [InlineData("hours: always", "UTC", "always", "4h", "", "2026-11-20T23:00Z", "2026-11-21T03:00:00Z")]
    [InlineData("hours: always with a closed day", "UTC", "always", "4h", "2026-11-21", "2026-11-20T22:00Z", "2026-11-22T02:00:00Z")]
    [InlineData("adjacent ranges across midnight run as one", "Europe/London", "mon 22:00-24:00; tue 00:00-06:00", "30m", "", "2026-11-23T23:50Z", "2026-11-24T00:20:00Z")]
    [InlineData("half-hour zone", "Asia/Kolkata", "mon-fri 09:30-18:30", "30m", "", "2026-11-20T18:20+05:30", "2026-11-23T04:20:00Z")]
    public void Should_compute_the_reply_due_instant(string because, string zone, string hours, string within, string closed, string received, string expected)
    {
        // Given
        var schedule = ScheduleOf(zone, hours, within, closed);

        // When
        var due = schedule.ReplyDueBy(At(received));

        // Then
        Assert.True(expected == Iso(due), $"{because}: expected {expected}, got {Iso(due)}");
    }

    [Theory]
    [InlineData("2026-11-20T17:55-05:00", "2026-11-23T14:10:00Z")] // staffed at receipt: counts through the weekend
    [InlineData("2026-11-21T12:00-05:00", "none")]                  // closed at receipt: the text is the promise
    [InlineData("2026-11-20T18:00-05:00", "none")]                  // the closing instant is already closed
    public void Should_have_no_due_instant_for_free_text_rules_only_when_received_closed(string received, string expected)
    {
        // Given
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-18:00", "15m", offHoursText: "We answer on Monday.");

        // When
        var due = schedule.ReplyDueBy(At(received));

        // Then
        Assert.Equal(expected, Iso(due));
    }

    [Fact]
    public void Should_report_nothing_for_a_channel_never_staffed()
    {
        // Given
        var schedule = ScheduleOf("Europe/London", "", "15m");
        var t = At("2026-11-20T12:00Z");

        // When / Then
        Assert.False(schedule.HasHours);
        Assert.False(schedule.IsStaffed(t));
        Assert.Null(schedule.NextStaffedStart(t));
        Assert.Null(schedule.ReplyDueBy(t));
        Assert.Equal(Duration.Zero, schedule.StaffedTimeBetween(t, t + Duration.FromDays(30)));
    }

    [Theory]
    [InlineData("2026-11-20T09:00-05:00", true)]  // opening is inclusive
    [InlineData("2026-11-20T17:59-05:00", true)]
    [InlineData("2026-11-20T18:00-05:00", false)] // closing is exclusive
    [InlineData("2026-11-20T08:59-05:00", false)]
    [InlineData("2026-11-21T12:00-05:00", false)] // Saturday
    [InlineData("2026-12-25T12:00-05:00", false)] // holiday
    public void Should_tell_whether_staffed(string instant, bool expected)
    {
        // Given
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-18:00", closed: "2026-12-25");

        // When
        var staffed = schedule.IsStaffed(At(instant));

        // Then
        Assert.Equal(expected, staffed);
    }

    [Theory]
    [InlineData("2026-11-20T10:00-05:00", "2026-11-20T15:00:00Z")] // staffed: the instant itself
    [InlineData("2026-11-20T18:00-05:00", "2026-11-23T14:00:00Z")] // Friday close: Monday 09:00
    [InlineData("2026-12-24T18:30-05:00", "2026-12-28T14:00:00Z")] // holiday Friday skipped
    public void Should_find_the_next_staffed_start(string instant, string expected)
    {
        // Given
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-18:00", closed: "2026-12-25");

        // When
        var next = schedule.NextStaffedStart(At(instant));

        // Then
        Assert.Equal(expected, Iso(next));
    }

    [Fact]
    public void Should_list_staffed_intervals_merged_and_clipped()
    {
        // Given: Monday 22:00-24:00 runs straight into Tuesday 00:00-06:00
        var schedule = ScheduleOf("Europe/London", "mon 22:00-24:00; tue 00:00-06:00; wed 09:00-10:00");

        // When
        var intervals = schedule.StaffedIntervals(At("2026-11-23T23:00Z"), At("2026-11-25T09:30Z")).ToList();

        // Then
        Assert.Equal(
            [new Interval(At("2026-11-23T23:00Z"), At("2026-11-24T06:00Z")), new Interval(At("2026-11-25T09:00Z"), At("2026-11-25T09:30Z"))],
            intervals);
        Assert.Equal(Duration.FromMinutes(7 * 60 + 30), schedule.StaffedTimeBetween(At("2026-11-23T23:00Z"), At("2026-11-25T09:30Z")));
    }

    [Fact]
    public void Should_count_staffed_time_only_between_two_instants()
    {
        // Given
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-18:00");

        // When: Friday 17:00 to Monday 10:00
        var staffed = schedule.StaffedTimeBetween(At("2026-11-20T17:00-05:00"), At("2026-11-23T10:00-05:00"));

        // Then
        Assert.Equal(Duration.FromHours(2), staffed);
        Assert.Equal(Duration.Zero, schedule.StaffedTimeBetween(At("2026-11-23T10:00-05:00"), At("2026-11-20T17:00-05:00")));
    }

    [Fact]
    public void Should_use_the_injected_clock_for_now()
    {
        // Given
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-18:00");
        var clock = new FakeClock(At("2026-11-20T17:55-05:00"));

        // When / Then
        Assert.True(schedule.IsStaffed(clock));
        Assert.Equal("2026-11-23T14:10:00Z", Iso(schedule.ReplyDueBy(clock)));
        clock.AdvanceMinutes(5);
        Assert.False(schedule.IsStaffed(clock));
    }

    [Fact]
    public void Should_follow_the_example_channels_in_their_own_zones()
    {
        // Given: x-help is in the brand's zone (New York); mastodon-ops states Europe/London
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
        var xHelp = new ChannelSchedule(promise.Channels.Single(c => c.Id == "x-help"));
        var mastodon = new ChannelSchedule(promise.Channels.Single(c => c.Id == "mastodon-ops"));

        // When
        var xDue = xHelp.ReplyDueBy(At("2026-11-20T22:55:00Z"));
        var mastodonDue = mastodon.ReplyDueBy(At("2026-11-23T11:45:00Z"));

        // Then: Friday 17:55 ET → Saturday 10:10 ET (x-help opens 10:00-14:00 on Saturdays);
        // London 11:45 → 15 min before noon, 15 min after 22:00
        Assert.Equal("2026-11-21T15:10:00Z", Iso(xDue));
        Assert.Equal("2026-11-23T22:15:00Z", Iso(mastodonDue));
    }

    [Fact]
    public void Should_reject_a_negative_promise()
    {
        // Given / When / Then
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelSchedule(
            Zone("UTC"), WeeklyHours.Always, [], new ReplyPromise(Duration.FromMinutes(-1), OffHoursRule.NextOpening)));
    }
}
