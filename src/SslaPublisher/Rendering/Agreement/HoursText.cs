using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>Weekly hours as short lines for a contract: runs of days with the same hours share a line.</summary>
internal static class HoursText
{
    /// <summary>
    /// Lines such as <c>Mon–Fri 09:00–18:00</c>, <c>Sat 10:00–14:00</c>, <c>Sun closed</c>; a range past midnight
    /// is marked <c>(next day)</c>. <paramref name="dayNames"/> are Monday-first short names from the UI strings.
    /// </summary>
    public static ImmutableArray<string> Lines(WeeklyHours hours, IReadOnlyList<string> dayNames)
    {
        if (hours.IsAlways) return ["Every day, around the clock"];
        var lines = new List<string>();
        var day = 1;
        while (day <= 7)
        {
            var ranges = hours.On((IsoDayOfWeek)day);
            var last = day;
            while (last < 7 && hours.On((IsoDayOfWeek)(last + 1)).SequenceEqual(ranges)) last++;
            var days = (day, last) switch
            {
                (1, 7) => "Every day",
                _ when last == day => dayNames[day - 1],
                _ => $"{dayNames[day - 1]}–{dayNames[last - 1]}",
            };
            var text = ranges.IsEmpty ? "closed" : string.Join(", ", ranges.Select(Range));
            lines.Add($"{days} {text}");
            day = last + 1;
        }
        return [.. lines];
    }

    private static string Range(TimeRange range)
    {
        if (range.Start == range.End) return "all day";
        var end = range.End == LocalTime.Midnight ? "24:00" : Time(range.End);
        var nextDay = range.CrossesMidnight && range.End != LocalTime.Midnight ? " (next day)" : "";
        return $"{Time(range.Start)}–{end}{nextDay}";
    }

    // The culture's time separator is not always ':'; a contract reads the same everywhere.
    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
