using SslaPublisher.Definition;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Bios;

/// <summary>
/// A channel's weekly hours in a bio's language, from the schedule engine's <see cref="WeeklySummary"/>: full
/// (<c>Mon–Fri 9–6 ET</c>) and shortest (<c>M–F 9–6 ET</c>).
/// </summary>
/// <remarks>
/// The language's conventions come from its strings: <c>format.time_style</c> (<c>compact-12h</c> in English,
/// <c>clock-24h</c> elsewhere), <c>format.days_short</c> and <c>format.days_tiny</c> (Monday first).
/// </remarks>
internal static class BioHours
{
    public static (string Full, string Short) Format(Channel channel, UiStrings strings)
    {
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        var time = strings.Text("format.time_style") switch
        {
            "compact-12h" => TimeStyle.Compact12h,
            "clock-24h" => TimeStyle.Clock24h,
            var other => throw new FormatException($"format.time_style '{other}' in {strings.File} is neither compact-12h nor clock-24h."),
        };
        var always = strings.Text("bio.always");
        SummaryFormat With(string daysKey)
        {
            var names = strings.List(daysKey);
            if (names.Count != 7) throw new FormatException($"{daysKey} in {strings.File} must list 7 days, Monday first.");
            return new SummaryFormat
            {
                Time = time, DayName = d => names[(int)d - 1], EveryDayText = strings.Text("format.every_day"), AlwaysText = always,
            };
        }
        return (WeeklySummaryFormatter.Format(summary, With("format.days_short")),
            WeeklySummaryFormatter.Format(summary, With("format.days_tiny")));
    }
}
