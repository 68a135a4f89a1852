using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Tests.Schedule;

/// <summary>Compact ways to write schedules and instants in tests.</summary>
internal static class ScheduleFixtures
{
    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    /// <summary>"mon-fri 09:00-18:00; sat 10:00-14:00,22:00-02:00"; "always"; "" (never staffed).</summary>
    public static WeeklyHours Hours(string spec)
    {
        if (spec == "always") return WeeklyHours.Always;
        var days = new Dictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>>();
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (daySpec, rangeSpec) = (part[..part.IndexOf(' ')], part[(part.IndexOf(' ') + 1)..]);
            var ranges = rangeSpec.Split(',').Select(r => HoursParser.ParseRange(r.Trim(), out var error)
                ?? throw new ArgumentException(error)).ToList();
            var ends = daySpec.Split('-').Select(d => Array.IndexOf(Days, d)).ToArray();
            // Runs may wrap around the week's end ("sun-thu", "sat-mon"), as in ssla.yaml.
            for (var i = ends[0]; ; i = (i + 1) % 7)
            {
                days[(IsoDayOfWeek)(i + 1)] = ranges;
                if (i == ends[^1]) break;
            }
        }
        return WeeklyHours.Of(days);
    }

    /// <summary>"2026-12-25" or "2026-12-24..2026-12-26", several separated by ';'.</summary>
    public static ImmutableArray<ClosedPeriod> Closed(string spec) =>
        [.. spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p =>
        {
            var ends = p.Split("..");
            return new ClosedPeriod(Date(ends[0]), Date(ends[^1]), null);
        })];

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    /// <summary>An instant written with Z or an offset: "2026-11-23T14:10Z", "2026-11-01T01:30-04:00".</summary>
    public static Instant At(string text)
    {
        var withSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>");
        var withoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");
        var result = withSeconds.Parse(text);
        return (result.Success ? result : withoutSeconds.Parse(text)).GetValueOrThrow().ToInstant();
    }

    public static string Iso(Instant? instant) => instant is { } i ? InstantPattern.ExtendedIso.Format(i) : "none";

    public static ChannelSchedule ScheduleOf(string zone, string hours, string within = "15m", string closed = "", string? offHoursText = null) =>
        new(Zone(zone), Hours(hours), Closed(closed),
            new ReplyPromise(DurationText.TryParseReplyTime(within) ?? throw new ArgumentException(within),
                offHoursText is null ? OffHoursRule.NextOpening : new OffHoursRule(LocalizedText.Plain(offHoursText, "en"))));
}
