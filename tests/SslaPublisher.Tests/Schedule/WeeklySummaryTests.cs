using NodaTime;
using SslaPublisher.Schedule;
using static SslaPublisher.Tests.Schedule.ScheduleFixtures;

namespace SslaPublisher.Tests.Schedule;

public class WeeklySummaryTests
{
    // British English: a 24-hour clock and a Monday week (CLDR), so folding and conversion read plainly.
    private static readonly SummaryFormat Clock24 = SummaryFormat.Default with { Locale = SslaPublisher.Formatting.LocaleFormat.For("en-GB") };
    private static readonly SummaryFormat CityLabel = Clock24 with { Zone = ZoneLabelStyle.City };

    [Theory]
    [InlineData("mon-fri 09:00-18:00; sat 10:00-14:00", "Mon–Fri 09:00–18:00, Sat 10:00–14:00 ET")]
    [InlineData("mon 09:00-12:00; tue 13:00-17:00; wed-fri 09:00-12:00", "Mon, Wed–Fri 09:00–12:00, Tue 13:00–17:00 ET")]
    [InlineData("mon-sun 06:00-12:00,22:00-02:00", "Every day 06:00–12:00, 22:00–02:00 ET")]
    [InlineData("sat-sun 10:00-16:00", "Sat–Sun 10:00–16:00 ET")]
    [InlineData("mon-sun 00:00-24:00", "24/7")]
    [InlineData("always", "24/7")]
    [InlineData("", "no staffed hours")]
    public void Should_fold_days_with_equal_hours_in_the_channel_zone(string hours, string expected)
    {
        // Given
        var summary = WeeklySummary.Of(Hours(hours), Zone("America/New_York"));

        // When
        var text = WeeklySummaryFormatter.Format(summary, Clock24);

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
    [InlineData("Europe/London", "mon-sun 06:00-12:00,22:00-02:00", "America/New_York", "2026-11-23T12:00Z", "Every day 01:00–07:00, 17:00–21:00 New York")]
    // Stretches of a day or more are cut at the reader's midnights
    [InlineData("America/New_York", "mon-wed 00:00-24:00", "Europe/London", "2026-11-23T12:00Z", "Mon 05:00–24:00, Tue–Wed 24 hours, Thu 00:00–05:00 London")]
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
        var own = WeeklySummaryFormatter.Format(WeeklySummary.For(schedule), Clock24);
        var london = WeeklySummaryFormatter.Format(WeeklySummary.For(schedule, Zone("Europe/London"), At("2026-11-23T12:00Z")), Clock24);

        // Then
        Assert.Equal("Mon–Fri 09:00–18:00 ET", own);
        Assert.Equal("Mon–Fri 14:00–23:00 UK", london);
    }

    [Theory]
    [InlineData("mon-fri 09:00-18:00; sat 10:00-14:00", "Mon–Fri 9–6, Sat 10–2 ET")]
    [InlineData("mon-fri 09:30-17:00", "Mon–Fri 9:30–5 ET")]
    [InlineData("mon-fri 08:00-22:00", "Mon–Fri 8 AM–10 PM ET")]
    [InlineData("mon-fri 08:00-20:00", "Mon–Fri 8 AM–8 PM ET")]
    [InlineData("mon-fri 09:00-11:00", "Mon–Fri 9–11 AM ET")]
    [InlineData("tue 00:00-12:30; thu 00:00-12:30", "Tue, Thu midnight–12:30 PM ET")]
    [InlineData("sun 15:00-24:00", "Sun 3 PM–midnight ET")]
    [InlineData("sun 12:00-18:00", "Sun noon–6 PM ET")]
    [InlineData("mon 00:00-24:00", "Mon 24 hr ET")]
    public void Should_write_compact_times_for_badges_and_bios(string hours, string expected)
    {
        // Given
        var summary = WeeklySummary.Of(Hours(hours), Zone("America/New_York"));

        // When
        var text = WeeklySummaryFormatter.Format(summary, SummaryFormat.Compact);

        // Then
        Assert.Equal(expected, text.Replace('\u00A0', ' '));
    }

    [Theory]
    [InlineData("mon-sun 06:00-12:00,22:00-02:00", "Every day 6 AM–noon, 10 PM–2 AM ET")]
    [InlineData("mon-sat 09:00-17:00", "Mon–Sat 9–5 ET")]
    [InlineData("mon-fri 09:00-17:00; sat-sun 10:00-14:00", "Mon–Fri 9–5, Sat–Sun 10–2 ET")]
    public void Should_name_a_line_that_covers_the_whole_week_with_the_every_day_text(string hours, string expected)
    {
        // When a summary is written
        var text = WeeklySummaryFormatter.Format(WeeklySummary.Of(Hours(hours), Zone("America/New_York")), SummaryFormat.Compact);

        // Then only a line covering all seven days uses it
        Assert.Equal(expected, text.Replace('\u00A0', ' '));
    }

    [Theory]
    [InlineData("sun-thu 09:00-17:00", "en", "Sun–Thu 9–5")]
    [InlineData("sun-thu 09:00-17:00", "fr", "dim.–jeu. 09:00–17:00")]
    [InlineData("fri-sat 10:00-14:00; mon-thu 09:00-17:00", "en", "Mon–Thu 9–5, Fri–Sat 10–2")]
    [InlineData("sat-mon 10:00-14:00; tue-fri 09:00-17:00", "fr", "mar.–ven. 09:00–17:00, sam.–lun. 10:00–14:00")]
    // A run across the week's end sits where most of its days are (DayRun.PlaceIn): Sunday and Monday open an English week.
    [InlineData("sat-mon 10:00-14:00; tue-fri 09:00-17:00", "en", "Sat–Mon 10–2, Tue–Fri 9–5")]
    [InlineData("sun-thu 09:00-17:00; fri 09:00-13:00", "fr", "dim.–jeu. 09:00–17:00, ven. 09:00–13:00")]
    [InlineData("sat-sun 10:00-14:00; mon-fri 09:00-17:00", "en", "Mon–Fri 9–5, Sat–Sun 10–2")]
    [InlineData("mon-fri 09:00-17:00; sun 10:00-14:00", "en", "Sun 10–2, Mon–Fri 9–5")]
    public void Should_fold_runs_around_the_end_of_the_week_and_list_them_in_the_languages_week(string hours, string language, string expected)
    {
        // Given a format in the language (English weeks start on Sunday, French on Monday, per CLDR)
        var format = SummaryFormat.Compact with { Locale = SslaPublisher.Formatting.LocaleFormat.For(language), Zone = ZoneLabelStyle.None };

        // When
        var text = WeeklySummaryFormatter.Format(WeeklySummary.Of(Hours(hours), Zone("Asia/Jerusalem")), format);

        // Then
        Assert.Equal(expected, text.Replace('\u00A0', ' '));
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
