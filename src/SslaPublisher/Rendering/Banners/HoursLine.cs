using System.Globalization;
using NodaTime;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// The staffed hours in one short line for a banner: <c>Mon–Fri 9:00–18:00 · Sat 10:00–14:00</c>, days with the same
/// ranges grouped.
/// </summary>
/// <remarks>
/// A stop-gap until the schedule feature's weekly summary lands on main; then banners use that summary instead so
/// that pages, bios and banners word hours the same way.
/// </remarks>
public static class HoursLine
{
    private static readonly IsoDayOfWeek[] Week =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    /// <summary>The line for <paramref name="hours"/>, followed by the zone id.</summary>
    public static string Format(WeeklyHours hours, DateTimeZone zone)
    {
        if (hours.IsAlways) return "Around the clock";
        var groups = new List<(int First, int Last, string Ranges)>();
        for (var i = 0; i < Week.Length; i++)
        {
            var ranges = hours.On(Week[i]);
            if (ranges.IsEmpty) continue;
            var text = string.Join(", ", ranges.Select(Range));
            if (groups.Count > 0 && groups[^1].Last == i - 1 && groups[^1].Ranges == text)
                groups[^1] = (groups[^1].First, i, text);
            else
                groups.Add((i, i, text));
        }
        var days = groups is [(0, 6, var all)] ? [$"Every day {all}"] : groups.Select(g => $"{Days(g.First, g.Last)} {g.Ranges}");
        return $"{string.Join(" · ", days)} ({zone.Id})";
    }

    private static string Days(int first, int last) => first == last
        ? Short(first)
        : $"{Short(first)}{(last == first + 1 ? ", " : "–")}{Short(last)}";

    private static string Short(int index) => Week[index].ToString()[..3];

    private static string Range(TimeRange range) => $"{Time(range.Start)}–{Time(range.End)}";

    private static string Time(LocalTime time) => time.ToString("H:mm", CultureInfo.InvariantCulture);
}
