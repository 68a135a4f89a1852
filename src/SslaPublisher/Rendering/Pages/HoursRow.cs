using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Pages;

/// <summary>One row of a staffed-hours table: a run of consecutive days (perhaps across the week's end) that share the same hours.</summary>
/// <param name="Days">"Monday–Friday", "Saturday", "Every day".</param>
/// <param name="Hours">The ranges, or one "Closed" entry.</param>
/// <param name="FirstDay">ISO number (1 = Monday) of the run's first day; the browser converts this day's hours.</param>
/// <param name="IsClosed">True when no range starts on these days.</param>
/// <param name="DayCount">How many days the run holds (5 for Monday–Friday), so the browser names the run in the reader's week too.</param>
public sealed record HoursRow(string Days, IReadOnlyList<HoursRange> Hours, int FirstDay, bool IsClosed, int DayCount = 1)
{
    /// <summary>
    /// Groups a week into rows of consecutive days with equal hours, in the language's week order (CLDR's first
    /// day), folding around the week's end: a Sunday-to-Thursday week is one "Sunday–Thursday" row in French too.
    /// The folded row sits where most of its days are (<see cref="DayRun.PlaceIn"/>): first in that French week,
    /// last as "Saturday–Sunday" in an English or Brazilian Sunday week.
    /// </summary>
    public static IReadOnlyList<HoursRow> From(WeeklyHours hours, PageText text)
    {
        var everyDay = text.Strings.Text("format.every_day");
        if (hours.IsAlways) return [new HoursRow(everyDay, [new HoursRange(text.Strings.Text("pages.hours_always"), false)], 1, false, 7)];
        var week = text.Locale.Week;
        var runs = new List<DayRun>();
        foreach (var day in week)
        {
            if (runs.Count > 0 && hours.On(runs[^1].Last).SequenceEqual(hours.On(day))) runs[^1] = runs[^1] with { Last = day };
            else runs.Add(new DayRun(day, day));
        }
        if (runs.Count > 1 && hours.On(runs[^1].Last).SequenceEqual(hours.On(runs[0].First)))
        {
            runs[0] = new DayRun(runs[^1].First, runs[0].Last);
            runs.RemoveAt(runs.Count - 1);
        }
        return [.. runs.OrderBy(run => run.PlaceIn(week)).Select(run =>
        {
            var label = run.Length switch
            {
                7 => everyDay,
                1 => text.Day(run.First),
                _ => text.Strings.Format("pages.day_range", ("first", text.Day(run.First)), ("last", text.Day(run.Last))),
            };
            var ranges = hours.On(run.First);
            return ranges.IsEmpty
                ? new HoursRow(label, [new HoursRange(text.Strings.Text("pages.hours_closed"), false)], (int)run.First, true, run.Length)
                // "3:00 PM–midnight" ends at the day's end, not on the next day.
                : new HoursRow(label, [.. ranges.Select(r => new HoursRange(text.Range(r), r.CrossesMidnight && r.End != LocalTime.Midnight))],
                    (int)run.First, false, run.Length);
        })];
    }

    internal static ImmutableArray<TimeRange> Empty => [];
}

/// <summary>One staffed range as text, and whether it ends on the next day.</summary>
public sealed record HoursRange(string Text, bool EndsNextDay);
