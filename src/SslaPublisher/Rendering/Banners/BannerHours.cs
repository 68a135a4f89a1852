using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Banners;

/// <summary>A channel's weekly hours in one short banner line, from the schedule engine: <c>Mon–Fri 9–6 · Sat 10–2 ET</c>.</summary>
public static class BannerHours
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Short day names, compact 12-hour times, runs joined by a middle dot, the generic zone label last.</summary>
    public static SummaryFormat Format { get; } = new() { Time = TimeStyle.Compact12h, LineSeparator = " · ", EveryDayText = "Daily" };

    /// <summary>
    /// The hours line of <paramref name="channel"/>, in its own zone. It wraps only between day groups: the spaces
    /// inside a group, and the one before the zone label, do not break, so a wrapped banner never shows the zone
    /// ("ET") or half a group alone on a line.
    /// </summary>
    public static string For(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        if (summary.IsAlways || summary.IsNeverStaffed) return WeeklySummaryFormatter.Format(summary, Format);
        var groups = summary.Lines.Select(l => NoBreak(WeeklySummaryFormatter.FormatLine(l, Format))).ToList();
        var label = ZoneLabels.For(summary.Zone, Format.Zone);
        if (label.Length > 0) groups[^1] += NoBreakSpace + NoBreak(label);
        // The middle dot stays at the end of the group before it; the line may break after it.
        return string.Join(NoBreakSpace + Format.LineSeparator.TrimStart(), groups);
    }

    private static string NoBreak(string text) => text.Replace(' ', NoBreakSpace);
}
