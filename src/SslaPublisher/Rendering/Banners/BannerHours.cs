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
    /// The hours line of <paramref name="channel"/>, in its own zone. It wraps only between day groups: the spaces
    /// inside a group, and the one before the zone label, do not break, so a wrapped banner never shows the zone
    /// ("ET") or half a group alone on a line.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="format">The language's compact format (its line separator is replaced by " · "); English when null.</param>
    public static string For(Channel channel, SummaryFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        format = format is null ? Format : format with { Time = TimeStyle.Compact, LineSeparator = Format.LineSeparator };
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        if (summary.IsAlways || summary.IsNeverStaffed) return WeeklySummaryFormatter.Format(summary, format);
        var groups = WeeklySummaryFormatter.InWeekOrder(summary, format).Select(l => NoBreak(WeeklySummaryFormatter.FormatLine(l, format))).ToList();
        var label = ZoneLabels.For(summary.Zone, format.Zone);
        if (label.Length > 0) groups[^1] += NoBreakSpace + NoBreak(label);
        // The middle dot stays at the end of the group before it; the line may break after it.
        return string.Join(NoBreakSpace + format.LineSeparator!.TrimStart(), groups);
    }

    private static string NoBreak(string text) => text.Replace(' ', NoBreakSpace);
}
