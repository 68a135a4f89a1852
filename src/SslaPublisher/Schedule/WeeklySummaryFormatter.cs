namespace SslaPublisher.Schedule;

/// <summary>
/// Writes a <see cref="WeeklySummary"/> as text in a <see cref="SummaryFormat"/>'s language: days and lines in
/// the order of that language's week (<c>Sun–Thu</c> comes first where weeks start on Sunday), times in its clock.
/// </summary>
public static class WeeklySummaryFormatter
{
    /// <summary>
    /// The whole summary, lines joined, with the zone label last in the format's language
    /// (<c>Mon–Fri 9:00 AM–6:00 PM, Sat 10:00 AM–2:00 PM ET</c>, <c>… توقيت ألمانيا</c>): bios and badges never put an
    /// English abbreviation in another language's text.
    /// </summary>
    public static string Format(WeeklySummary summary, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        format ??= SummaryFormat.Default;
        if (summary.IsAlways) return format.AlwaysText;
        if (summary.IsNeverStaffed) return format.NeverText;
        var text = string.Join(format.LineSeparator ?? format.Language.ListSeparator, InWeekOrder(summary, format).Select(l => FormatLine(l, format)));
        var label = ZoneLabels.For(summary.Zone, format.Zone, format.Language);
        return label.Length == 0 ? text : $"{text} {label}";
    }

    /// <summary>The lines in the order of the format's week: by the place of each line's first run (<see cref="DayRun.PlaceIn"/>).</summary>
    public static IEnumerable<SummaryLine> InWeekOrder(WeeklySummary summary, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var week = (format ?? SummaryFormat.Default).Language.Week;
        return summary.Lines
            .Select(l => l with { Days = [.. l.Days.OrderBy(r => r.PlaceIn(week))] })
            .OrderBy(l => l.Days[0].PlaceIn(week));
    }

    /// <summary>One line without zone: <c>Mon, Wed–Fri 9:00 AM–12:00 PM, 1:00 PM–5:00 PM</c>.</summary>
    public static string FormatLine(SummaryLine line, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        format ??= SummaryFormat.Default;
        return $"{FormatDays(line, format)} {FormatRanges(line, format)}";
    }

    /// <summary>The day part of a line: <c>Mon, Wed–Fri</c>; <c>Every day</c> for all seven.</summary>
    public static string FormatDays(SummaryLine line, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        format ??= SummaryFormat.Default;
        if (line.Days.Sum(r => r.Length) == 7) return format.EveryDayText;
        var week = format.Language.Week;
        var runs = line.Days.OrderBy(r => r.PlaceIn(week)).Select(r => Run(r, format));
        return format.Language.List(runs);
    }

    /// <summary>The hours part of a line: <c>9:00 AM–12:00 PM, 1:00 PM–5:00 PM</c>.</summary>
    public static string FormatRanges(SummaryLine line, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        format ??= SummaryFormat.Default;
        return format.Language.List(line.Ranges.Select(r => FormatRange(r, format)));
    }

    /// <summary>One range in the format's language and style: <c>9–6</c>, <c>8 AM–10 PM</c>, <c>09:00–24:00</c>.</summary>
    public static string FormatRange(TimeRange range, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(range);
        format ??= SummaryFormat.Default;
        return format.Language.Range(range, format.Time);
    }

    private static string Run(DayRun run, SummaryFormat format) => format.Language.DayRun(run, format.DayNames);
}
