using System.Collections.Immutable;
using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>
/// A channel's regular weekly hours folded for people to read (<c>Mon–Fri 09:00–18:00, Sat 10:00–14:00</c>),
/// in the channel's zone or converted to a reader's zone. Data only; <see cref="WeeklySummaryFormatter"/> writes it.
/// </summary>
/// <remarks>
/// Closures are not part of a weekly summary. Converting to another zone uses the offsets in force during one
/// week (the channel-zone week holding the reference instant), because the difference between two zones changes
/// with DST: "09:00–18:00 ET" is 14:00–23:00 in London most of the year, 13:00–22:00 for a few weeks each spring
/// and autumn. Converted hours may move to another weekday (Mon 20:00 ET is Tue in Kolkata).
/// </remarks>
public sealed class WeeklySummary
{
    private WeeklySummary(DateTimeZone zone, bool isAlways, ImmutableArray<SummaryLine> lines)
    {
        Zone = zone;
        IsAlways = isAlways;
        Lines = lines;
    }

    /// <summary>The zone the lines are stated in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>True when staffed around the clock every day; <see cref="Lines"/> is then empty.</summary>
    public bool IsAlways { get; }

    /// <summary>The folded lines in week order (by first day); closed days appear in none.</summary>
    public ImmutableArray<SummaryLine> Lines { get; }

    /// <summary>True when no day has hours.</summary>
    public bool IsNeverStaffed => !IsAlways && Lines.IsEmpty;

    /// <summary>The summary of a channel's hours in its own zone.</summary>
    public static WeeklySummary For(ChannelSchedule schedule) =>
        Of((schedule ?? throw new ArgumentNullException(nameof(schedule))).Hours, schedule.Zone);

    /// <summary>The summary of a channel's hours as seen from <paramref name="readerZone"/> in the week of <paramref name="reference"/>.</summary>
    public static WeeklySummary For(ChannelSchedule schedule, DateTimeZone readerZone, Instant reference) =>
        Of((schedule ?? throw new ArgumentNullException(nameof(schedule))).Hours, schedule.Zone, readerZone, reference);

    /// <summary>Folds weekly hours as stated, in <paramref name="zone"/>.</summary>
    public static WeeklySummary Of(WeeklyHours hours, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        var wholeDay = new TimeRange(LocalTime.Midnight, LocalTime.Midnight);
        var always = hours.IsAlways || AllDays.All(d => hours.On(d) is [var only] && only == wholeDay);
        return always
            ? new WeeklySummary(zone, true, [])
            : new WeeklySummary(zone, false, Fold(d => hours.On(d)));
    }

    /// <summary>
    /// Converts weekly hours stated in <paramref name="zone"/> to <paramref name="readerZone"/>, using the offsets
    /// of the <paramref name="zone"/> week (Monday to Sunday) that holds <paramref name="reference"/>.
    /// </summary>
    public static WeeklySummary Of(WeeklyHours hours, DateTimeZone zone, DateTimeZone readerZone, Instant reference)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(readerZone);
        if (readerZone.Id == zone.Id) return Of(hours, zone);
        var stated = Of(hours, zone);
        if (stated.IsAlways) return new WeeklySummary(readerZone, true, []);

        var source = new StaffedIntervalSource(zone, hours, [], []);
        var monday = reference.InZone(zone).Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        var intervals = Enumerable.Range(0, 7)
            .Select(monday.PlusDays)
            .SelectMany(date => source.RangesOn(date).Select(range => LocalTimeResolution.ToInterval(zone, date, range)))
            .Where(i => i.Start < i.End);

        var byDay = new Dictionary<IsoDayOfWeek, List<TimeRange>>();
        foreach (var interval in Merge(intervals))
        {
            foreach (var (day, range) in InReaderDays(interval, readerZone))
            {
                if (!byDay.TryGetValue(day, out var list)) byDay[day] = list = [];
                list.Add(range);
            }
        }
        return new WeeklySummary(readerZone, false,
            Fold(d => byDay.TryGetValue(d, out var list) ? [.. list.OrderBy(r => r.Start)] : []));
    }

    private static readonly IsoDayOfWeek[] AllDays = [.. Enumerable.Range(1, 7).Select(i => (IsoDayOfWeek)i)];

    // A stretch shorter than a day on the reader's clock stays one range on the day it starts (crossing midnight
    // if it must), which is how people write hours; longer stretches are cut at the reader's midnights. The test
    // is on wall-clock span, not elapsed time: 23 real hours across a spring-forward read as 24 and would
    // otherwise come out as "00:30–00:30", a whole day.
    private static IEnumerable<(IsoDayOfWeek Day, TimeRange Range)> InReaderDays(Interval interval, DateTimeZone readerZone)
    {
        var start = interval.Start.InZone(readerZone).LocalDateTime;
        var end = interval.End.InZone(readerZone).LocalDateTime;
        if (end < start.PlusDays(1))
        {
            yield return (start.DayOfWeek, new TimeRange(start.TimeOfDay, end.TimeOfDay));
            yield break;
        }
        var cursor = start;
        while (cursor < end)
        {
            var midnight = cursor.Date.PlusDays(1).AtMidnight();
            var pieceEnd = midnight < end ? midnight : end;
            yield return (cursor.DayOfWeek, new TimeRange(cursor.TimeOfDay, pieceEnd.TimeOfDay));
            cursor = pieceEnd;
        }
    }

    private static IEnumerable<Interval> Merge(IEnumerable<Interval> intervals)
    {
        Interval? pending = null;
        foreach (var next in intervals.OrderBy(i => i.Start))
        {
            if (pending is { } p && next.Start <= p.End)
            {
                pending = new Interval(p.Start, next.End > p.End ? next.End : p.End);
                continue;
            }
            if (pending is { } done) yield return done;
            pending = next;
        }
        if (pending is { } last) yield return last;
    }

    // Consecutive days with equal hours become one run; runs with equal hours share one line. Lines come in
    // Monday-first order of their first run; formatters reorder them by the reader's week.
    private static ImmutableArray<SummaryLine> Fold(Func<IsoDayOfWeek, ImmutableArray<TimeRange>> rangesOn)
    {
        var runs = new List<(DayRun Run, ImmutableArray<TimeRange> Ranges)>();
        foreach (var day in AllDays)
        {
            var ranges = rangesOn(day);
            if (ranges.IsEmpty) continue;
            if (runs.Count > 0 && runs[^1].Run.Last == day - 1 && runs[^1].Ranges.SequenceEqual(ranges))
                runs[^1] = (runs[^1].Run with { Last = day }, runs[^1].Ranges);
            else
                runs.Add((new DayRun(day, day), ranges));
        }
        // The week is a cycle: a run reaching Sunday goes on into one starting Monday with the same hours
        // (Sat–Mon, and Sun–Thu rather than "Mon–Thu, Sun"). Which day a week starts on is the formatter's business.
        if (runs.Count > 1 && runs[^1].Run.Last == IsoDayOfWeek.Sunday && runs[0].Run.First == IsoDayOfWeek.Monday &&
            runs[^1].Ranges.SequenceEqual(runs[0].Ranges))
        {
            runs[0] = (new DayRun(runs[^1].Run.First, runs[0].Run.Last), runs[0].Ranges);
            runs.RemoveAt(runs.Count - 1);
        }
        var lines = new List<(List<DayRun> Days, ImmutableArray<TimeRange> Ranges)>();
        foreach (var (run, ranges) in runs)
        {
            var line = lines.FirstOrDefault(l => l.Ranges.SequenceEqual(ranges));
            if (line.Days is null) lines.Add(([run], ranges));
            else line.Days.Add(run);
        }
        return [.. lines.Select(l => new SummaryLine([.. l.Days], l.Ranges))];
    }
}
