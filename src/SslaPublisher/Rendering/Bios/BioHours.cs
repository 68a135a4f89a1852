using System.Globalization;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Bios;

/// <summary>A channel's weekly hours in a bio's language: full (<c>Mon–Fri 9–6 ET</c>) and shortest (<c>M–F 9–6 ET</c>).</summary>
internal static class BioHours
{
    private const string Dash = "–";

    public static (string Full, string Short) Format(Channel channel, UiStrings strings)
    {
        if (channel.Hours.IsAlways) return (strings.Text("bio.always"), strings.Text("bio.always"));
        var compact = strings.Text("format.time_style") == "compact-12h";
        var zone = ZoneLabel(channel.TimeZone);
        return (Write(channel.Hours, strings.List("format.days_short"), compact, zone),
            Write(channel.Hours, strings.List("format.days_tiny"), compact, zone));
    }

    // Consecutive days with the same ranges fold into one run: "Mon–Fri 9–6, Sat 10–2 ET".
    private static string Write(WeeklyHours hours, IReadOnlyList<string> dayNames, bool compact, string zone)
    {
        var runs = new List<(IsoDayOfWeek First, IsoDayOfWeek Last, IReadOnlyList<TimeRange> Ranges)>();
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            var ranges = hours.On(day);
            if (ranges.IsEmpty) continue;
            if (runs.Count > 0 && runs[^1].Last == day - 1 && runs[^1].Ranges.SequenceEqual(ranges))
                runs[^1] = (runs[^1].First, day, runs[^1].Ranges);
            else runs.Add((day, day, ranges));
        }
        string Name(IsoDayOfWeek d) => dayNames[(int)d - 1];
        var parts = runs.Select(r =>
            (r.First == r.Last ? Name(r.First) : Name(r.First) + Dash + Name(r.Last)) + " " +
            string.Join(", ", r.Ranges.Select(range => Time(range.Start, compact) + Dash + Time(range.End, compact))));
        return string.Join(", ", parts) + " " + zone;
    }

    private static string Time(LocalTime time, bool compact) => compact
        ? time.ClockHourOfHalfDay.ToString(CultureInfo.InvariantCulture) + (time.Minute == 0 ? "" : ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture))
        : time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string ZoneLabel(DateTimeZone zone)
    {
        var id = zone.Id;
        var slash = id.LastIndexOf('/');
        return (slash >= 0 ? id[(slash + 1)..] : id).Replace('_', ' ');
    }
}
