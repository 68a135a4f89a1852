using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Pages;

/// <summary>One row of a staffed-hours table: a run of consecutive days that share the same hours.</summary>
/// <param name="Days">"Monday–Friday", "Saturday", "Every day".</param>
/// <param name="Hours">The ranges, or one "Closed" entry.</param>
/// <param name="FirstDay">ISO number (1 = Monday) of the run's first day; the browser converts this day's hours.</param>
/// <param name="IsClosed">True when no range starts on these days.</param>
/// <param name="DayCount">How many days the run holds (5 for Monday–Friday), so the browser names the run in the reader's week too.</param>
public sealed record HoursRow(string Days, IReadOnlyList<HoursRange> Hours, int FirstDay, bool IsClosed, int DayCount = 1)
{
    /// <summary>Groups a week into rows of consecutive days with equal hours, Monday first.</summary>
    public static IReadOnlyList<HoursRow> From(WeeklyHours hours, PageText text)
    {
        if (hours.IsAlways) return [new HoursRow(text.Strings.Text("pages.every_day"), [new HoursRange(text.Strings.Text("pages.hours_always"), false)], 1, false, 7)];
        var rows = new List<HoursRow>();
        var day = 1;
        while (day <= 7)
        {
            var ranges = hours.On((IsoDayOfWeek)day);
            var last = day;
            while (last < 7 && hours.On((IsoDayOfWeek)(last + 1)).SequenceEqual(ranges)) last++;
            var label = (day, last) switch
            {
                (1, 7) => text.Strings.Text("pages.every_day"),
                var (a, b) when a == b => text.Day((IsoDayOfWeek)a),
                var (a, b) => text.Strings.Format("pages.day_range", ("first", text.Day((IsoDayOfWeek)a)), ("last", text.Day((IsoDayOfWeek)b))),
            };
            rows.Add(ranges.IsEmpty
                ? new HoursRow(label, [new HoursRange(text.Strings.Text("pages.hours_closed"), false)], day, true, last - day + 1)
                : new HoursRow(label, [.. ranges.Select(r => new HoursRange(text.Range(r), r.CrossesMidnight))], day, false, last - day + 1));
            day = last + 1;
        }
        return rows;
    }

    internal static ImmutableArray<TimeRange> Empty => [];
}

/// <summary>One staffed range as text, and whether it ends on the next day.</summary>
public sealed record HoursRange(string Text, bool EndsNextDay);
