using NodaTime;
using SslaPublisher.Schedule;
using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Schedule;

public class WeeklySummaryTests
{
    private static readonly SummaryFormat CityLabel = SummaryFormat.Default with { Zone = ZoneLabelStyle.City };

    [Theory]
    [InlineData("mon-fri 09:00-18:00; sat 10:00-14:00", "Mon–Fri 09:00–18:00, Sat 10:00–14:00 ET")]
    [InlineData("mon 09:00-12:00; tue 13:00-17:00; wed-fri 09:00-12:00", "Mon, Wed–Fri 09:00–12:00, Tue 13:00–17:00 ET")]
    [InlineData("mon-sun 06:00-12:00,22:00-02:00", "Mon–Sun 06:00–12:00, 22:00–02:00 ET")]
    [InlineData("sat-sun 10:00-16:00", "Sat–Sun 10:00–16:00 ET")]
    [InlineData("mon-sun 00:00-24:00", "24/7")]
    [InlineData("always", "24/7")]
    [InlineData("", "no staffed hours")]
    public void Should_fold_days_with_equal_hours_in_the_channel_zone(string hours, string expected)
    {
        // Given
        var summary = WeeklySummary.Of(Hours(hours), Zone("America/New_York"));

        // When
        var text = WeeklySummaryFormatter.Format(summary);

        // Then
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Should_expose_the_folded_lines_as_data()
    {
        // Given
        var summary = WeeklySummary.Of(Hours("mon-fri 09:00-18:00; sat 10:00-14:00"), Zone("America/New_York"));

        // When
        var lines = summary.Lines.ToArray();

        // Then
        Assert.Equal<SummaryLine>(
            [
                new SummaryLine([new DayRun(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday)], [new TimeRange(new LocalTime(9, 0), new LocalTime(18, 0))]),
                new SummaryLine([new DayRun(IsoDayOfWeek.Saturday, IsoDayOfWeek.Saturday)], [new TimeRange(new LocalTime(10, 0), new LocalTime(14, 0))]),
            ],
            lines);
        Assert.False(summary.IsAlways);
        Assert.Equal("America/New_York", summary.Zone.Id);
    }

    [Theory]
    // The example: ET is 5 hours behind London in November ...
    [InlineData("America/New_York", "mon-fri 09:00-18:00", "Europe/London", "2026-11-23T12:00Z", "Mon–Fri 14:00–23:00 London")]
    // ... but only 4 between the US change (8 March) and the UK one (29 March)
    [InlineData("America/New_York", "mon-fri 09:00-18:00", "Europe/London", "2026-03-10T12:00Z", "Mon–Fri 13:00–22:00 London")]
    // The week of the UK change: Sunday already has the new offset
    [InlineData("America/New_York", "mon-sun 09:00-17:00", "Europe/London", "2026-03-25T12:00Z", "Mon–Sat 13:00–21:00, Sun 14:00–22:00 London")]
    // Half-hour offset; Monday evening in New York is Tuesday morning in Kolkata
    [InlineData("America/New_York", "mon 20:00-23:00", "Asia/Kolkata", "2026-11-23T12:00Z", "Tue 06:30–09:30 Kolkata")]
    [InlineData("America/New_York", "mon-fri 09:00-18:00", "Asia/Kolkata", "2026-11-23T12:00Z", "Mon–Fri 19:30–04:30 Kolkata")]
    // Sunday evening wraps round to Monday
    [InlineData("America/New_York", "sun 20:00-22:00", "Asia/Kolkata", "2026-11-23T12:00Z", "Mon 06:30–08:30 Kolkata")]
    // +13:45 in the southern summer: 18h45 ahead of EST
    [InlineData("America/New_York", "mon-fri 09:00-17:00", "Pacific/Chatham", "2026-11-23T12:00Z", "Tue–Sat 03:45–11:45 Chatham")]
    // Lord Howe on +11 in November: 16 h ahead
    [InlineData("America/New_York", "mon-fri 09:00-17:00", "Australia/Lord_Howe", "2026-11-23T12:00Z", "Tue–Sat 01:00–09:00 Lord Howe")]
    // A channel in London read from New York: the overnight range stays one range
    [InlineData("Europe/London", "mon-sun 06:00-12:00,22:00-02:00", "America/New_York", "2026-11-23T12:00Z", "Mon–Sun 01:00–07:00, 17:00–21:00 New York")]
    // Stretches of a day or more are cut at the reader's midnights
    [InlineData("America/New_York", "mon-wed 00:00-24:00", "Europe/London", "2026-11-23T12:00Z", "Mon 05:00–24:00, Tue–Wed 00:00–24:00, Thu 00:00–05:00 London")]
    [InlineData("America/New_York", "always", "Asia/Kolkata", "2026-11-23T12:00Z", "24/7")]
    // 23 real hours that span 24 on London's clock the day it springs forward are cut at midnight, not a whole day
    [InlineData("UTC", "sun 00:30-23:30", "Europe/London", "2026-03-25T12:00Z", "Mon 00:00–00:30, Sun 00:30–24:00 London")]
    public void Should_convert_to_a_reader_zone_for_the_reference_week(string zone, string hours, string readerZone, string reference, string expected)
    {
        // Given
        var summary = WeeklySummary.Of(Hours(hours), Zone(zone), Zone(readerZone), At(reference));

        // When
        var text = WeeklySummaryFormatter.Format(summary, CityLabel);

        // Then
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Should_summarise_a_schedule_in_its_own_and_a_reader_zone()
    {
        // Given
        var schedule = ScheduleOf("America/New_York", "mon-fri 09:00-18:00");

        // When
        var own = WeeklySummaryFormatter.Format(WeeklySummary.For(schedule));
        var london = WeeklySummaryFormatter.Format(WeeklySummary.For(schedule, Zone("Europe/London"), At("2026-11-23T12:00Z")));

        // Then
        Assert.Equal("Mon–Fri 09:00–18:00 ET", own);
        Assert.Equal("Mon–Fri 14:00–23:00 UK", london);
    }

    [Theory]
    [InlineData("mon-fri 09:00-18:00; sat 10:00-14:00", "M–F 9–6, Sa 10–2 ET")]
    [InlineData("mon-fri 09:30-17:00", "M–F 9:30–5 ET")]
    [InlineData("tue 00:00-12:30; thu 00:00-12:30", "Tu, Th 12am–12:30pm ET")]
    [InlineData("sun 12:00-24:00", "Su 12pm–12am ET")]
    [InlineData("mon 00:00-24:00", "M 24h ET")]
    public void Should_write_compact_times_for_badges_and_bios(string hours, string expected)
    {
        // Given
        var summary = WeeklySummary.Of(Hours(hours), Zone("America/New_York"));

        // When
        var text = WeeklySummaryFormatter.Format(summary, SummaryFormat.Compact);

        // Then
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("mon-sun 06:00-12:00,22:00-02:00", "Daily 6am–12pm, 10pm–2am ET")]
    [InlineData("mon-sat 09:00-17:00", "M–Sa 9–5 ET")]
    [InlineData("mon-fri 09:00-17:00; sat-sun 10:00-14:00", "M–F 9–5, Sa–Su 10–2 ET")]
    public void Should_name_a_line_that_covers_the_whole_week_with_the_every_day_text(string hours, string expected)
    {
        // Given a format with an every-day text
        var format = SummaryFormat.Compact with { EveryDayText = "Daily" };

        // When a summary is written
        var text = WeeklySummaryFormatter.Format(WeeklySummary.Of(Hours(hours), Zone("America/New_York")), format);

        // Then only a line covering all seven days uses it
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Should_accept_day_names_in_another_language()
    {
        // Given
        string[] french = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
        var format = SummaryFormat.Default with { DayName = d => french[(int)d - 1], Zone = ZoneLabelStyle.None, LineSeparator = " ; " };
        var summary = WeeklySummary.Of(Hours("mon-fri 09:00-18:00; sat 10:00-14:00"), Zone("Europe/Paris"));

        // When
        var text = WeeklySummaryFormatter.Format(summary, format);

        // Then
        Assert.Equal("lun.–ven. 09:00–18:00 ; sam. 10:00–14:00", text);
    }

    [Theory]
    [InlineData("America/New_York", "ET")]
    [InlineData("America/Chicago", "CT")]
    [InlineData("America/Denver", "MT")]
    [InlineData("America/Los_Angeles", "PT")]
    [InlineData("Europe/London", "UK")]
    [InlineData("Europe/Paris", "CET")]
    [InlineData("UTC", "UTC")]
    [InlineData("Australia/Lord_Howe", "Lord Howe")]
    [InlineData("Asia/Kolkata", "Kolkata")]
    [InlineData("Pacific/Chatham", "Chatham")]
    [InlineData("America/Argentina/Buenos_Aires", "Buenos Aires")]
    public void Should_label_zones_briefly(string zone, string expected)
    {
        // Given / When
        var label = ZoneLabels.For(Zone(zone));

        // Then
        Assert.Equal(expected, label);
    }

    [Fact]
    public void Should_label_by_city_on_request()
    {
        // Given / When / Then
        Assert.Equal("London", ZoneLabels.For(Zone("Europe/London"), ZoneLabelStyle.City));
        Assert.Equal("", ZoneLabels.For(Zone("Europe/London"), ZoneLabelStyle.None));
    }
}
