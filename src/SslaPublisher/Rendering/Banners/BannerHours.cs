using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Banners;

/// <summary>A channel's weekly hours in one short banner line, from the schedule engine: <c>Mon–Fri 9–6 · Sat 10–2 ET</c>.</summary>
public static class BannerHours
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Short day names, compact 12-hour times, runs joined by a middle dot, the generic zone label last.</summary>
    public static SummaryFormat Format { get; } = new() { Time = TimeStyle.Compact, LineSeparator = " · " };

    /// <summary>
    /// The hours line of <paramref name="channel"/>, in its own zone, the zone named in the format's language (CLDR's
    /// short generic name: <c>ET</c>, <c>توقيت المملكة العربية السعودية</c>, <c>JST</c>). It wraps only between day
    /// groups: the spaces inside a group do not break, nor does the one before a one-word zone label, so a wrapped
    /// banner never shows "ET" or half a group alone on a line.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="format">The language's compact format (its line separator becomes " · ", or the language's list separator where zero is a dot); English when null.</param>
    public static string For(Channel channel, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        format = format is null ? Format : format with { Time = TimeStyle.Compact, LineSeparator = Separator(format) };
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        if (summary.IsAlways || summary.IsNeverStaffed) return WeeklySummaryFormatter.Format(summary, format);
        var groups = WeeklySummaryFormatter.InWeekOrder(summary, format).Select(l => NoBreak(WeeklySummaryFormatter.FormatLine(l, format))).ToList();
        var label = ZoneLabels.For(summary.Zone, format.Zone, format.Language);
        // A one-word label ("ET", "JST") never goes to a line alone; a longer one ("توقيت المملكة العربية السعودية")
        // stays whole but may take a line of its own, or it could not fit a narrow banner at all.
        if (label.Length > 0) groups[^1] += (label.Contains(' ', StringComparison.Ordinal) ? " " : NoBreakSpace.ToString()) + NoBreak(label);
        // A middle dot or comma stays at the end of the group before it and the line may break after it; a joining
        // word (Arabic's " و", "and", written onto the next word) starts the next line instead.
        var separator = format.LineSeparator!;
        return string.Join(separator.StartsWith(' ') && separator.EndsWith(' ') ? NoBreakSpace + separator.TrimStart() : separator, groups);
    }

    // A middle dot between day groups, except where the language writes zero as a dot (Arabic-Indic ٠, Persian ۰):
    // there "٢ م · الاثنين" reads as a stray zero, so the language's own list separator divides the groups (CLDR's
    // Arabic joins them with "و": "١٠ ص–٤ م والاثنين–الجمعة").
    private static string Separator(SummaryFormat format) =>
        format.Language.Digits("0") is "\u0660" or "\u06F0" ? format.Language.ListSeparator : Format.LineSeparator!;

    private static string NoBreak(string text) => text.Replace(' ', NoBreakSpace);
}
