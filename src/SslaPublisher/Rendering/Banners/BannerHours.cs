using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Banners;

/// <summary>A channel's weekly hours in one short banner line, from the schedule engine: <c>Mon–Fri 9–6 · Sat 10–2 ET</c>.</summary>
public static class BannerHours
{
    /// <summary>Short day names, compact 12-hour times, runs joined by a middle dot, the generic zone label last.</summary>
    public static SummaryFormat Format { get; } = new() { Time = TimeStyle.Compact12h, LineSeparator = " · " };

    /// <summary>The hours line of <paramref name="channel"/>, in its own zone.</summary>
    public static string For(Channel channel) =>
        WeeklySummaryFormatter.Format(WeeklySummary.Of(channel.Hours, channel.TimeZone), Format);
}
