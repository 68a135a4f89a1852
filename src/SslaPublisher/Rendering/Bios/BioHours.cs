using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Bios;

/// <summary>
/// A channel's weekly hours in a bio's language, from the schedule engine's <see cref="WeeklySummary"/>: full
/// (<c>Mon–Fri 9–6 ET</c>) and shortest (<c>Mo–Fr 9–6 ET</c>).
/// </summary>
/// <remarks>Day names, week order and clock are the language's (CLDR, through <see cref="LocaleFormat"/>).</remarks>
internal static class BioHours
{
    public static (string Full, string Short) Format(Channel channel, UiStrings strings)
    {
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        return (WeeklySummaryFormatter.Format(summary, strings.SummaryFormat(TimeStyle.Compact, DayNameWidth.Abbreviated)),
            WeeklySummaryFormatter.Format(summary, strings.SummaryFormat(TimeStyle.Compact, DayNameWidth.Shortest)));
    }
}
