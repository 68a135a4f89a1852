using System.Globalization;
using System.Text;
using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>Writes a <see cref="WeeklySummary"/> as text. Invariant culture: the same summary gives the same text.</summary>
public static class WeeklySummaryFormatter
{
    private static readonly TimeRange WholeDay = new(LocalTime.Midnight, LocalTime.Midnight);

    /// <summary>The whole summary, lines joined, with the zone label last (<c>Mon–Fri 09:00–18:00, Sat 10:00–14:00 ET</c>).</summary>
    public static string Format(WeeklySummary summary, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        format ??= SummaryFormat.Default;
        if (summary.IsAlways) return format.AlwaysText;
        if (summary.IsNeverStaffed) return format.NeverText;
        var text = string.Join(format.LineSeparator, summary.Lines.Select(l => FormatLine(l, format)));
        var label = ZoneLabels.For(summary.Zone, format.Zone);
        return label.Length == 0 ? text : $"{text} {label}";
    }

    /// <summary>One line without zone: <c>Mon, Wed–Fri 09:00–12:00, 13:00–17:00</c>.</summary>
    public static string FormatLine(SummaryLine line, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        format ??= SummaryFormat.Default;
        return $"{FormatDays(line, format)} {FormatRanges(line, format)}";
    }

    /// <summary>The day part of a line: <c>Mon, Wed–Fri</c>.</summary>
    public static string FormatDays(SummaryLine line, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        format ??= SummaryFormat.Default;
        if (format.EveryDayText is { } everyDay && line.Days is [{ Length: 7 }]) return everyDay;
        return string.Join(", ", line.Days.Select(run => run.Length == 1
            ? format.DayName(run.First)
            : format.DayName(run.First) + format.Dash + format.DayName(run.Last)));
    }

    /// <summary>The hours part of a line: <c>09:00–12:00, 13:00–17:00</c>.</summary>
    public static string FormatRanges(SummaryLine line, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        format ??= SummaryFormat.Default;
        return string.Join(", ", line.Ranges.Select(r => FormatRange(r, format)));
    }

    /// <summary>One range: <c>09:00–18:00</c>, <c>9–6</c>; an end at midnight is <c>24:00</c> / <c>12</c>.</summary>
    public static string FormatRange(TimeRange range, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(range);
        format ??= SummaryFormat.Default;
        if (format.Time == TimeStyle.Compact12h)
        {
            if (range == WholeDay) return "24h";
            // "9–6" reads as 9 a.m. to 6 p.m. only for a morning start and an afternoon or evening end; anything
            // else ("6–12", "10–2" overnight) is ambiguous without a.m./p.m., so those ranges spell it out.
            var plain = !range.CrossesMidnight && range.Start.Hour is >= 5 and < 12 && range.End > new LocalTime(12, 0);
            return plain
                ? Compact(range.Start) + format.Dash + Compact(range.End)
                : Compact(range.Start) + Meridiem(range.Start) + format.Dash + Compact(range.End) + Meridiem(range.End);
        }
        var end = range.End == LocalTime.Midnight ? "24:00" : Clock(range.End);
        return Clock(range.Start) + format.Dash + end;
    }

    private static string Meridiem(LocalTime time) => time.Hour < 12 ? "am" : "pm";

    private static string Clock(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Compact(LocalTime time)
    {
        var hour = time.ClockHourOfHalfDay;
        var text = new StringBuilder(hour.ToString(CultureInfo.InvariantCulture));
        if (time.Minute != 0) text.Append(':').Append(time.Minute.ToString("00", CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
