using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Bios;

/// <summary>
/// A channel's weekly hours in a bio's language, from the schedule engine's <see cref="WeeklySummary"/>: full
/// (<c>Mon–Fri 9–6 ET</c>) and shortest (<c>Mo–Fr 9–6 ET</c>).
/// </summary>
/// <remarks>
/// Day names, week order, clock and zone name are the language's (CLDR, through <see cref="LocaleFormat"/>). CLDR's
/// zone name can be long (<c>توقيت المملكة العربية السعودية</c> for Riyadh), so the shortest hours, the ones a
/// TikTok bio of 80 characters falls back to, name the zone by its city (<c>الرياض</c>) where that is shorter.
/// </remarks>
internal static class BioHours
{
    public static (string Full, string Short) Format(Channel channel, UiStrings strings)
    {
        var summary = WeeklySummary.Of(channel.Hours, channel.TimeZone);
        var tiny = strings.SummaryFormat(TimeStyle.Compact, DayNameWidth.Shortest);
        // MinBy keeps the first of equals: the generic name ("ET", "MEZ") unless the city is shorter.
        var shortest = new[] { tiny, tiny with { Zone = ZoneLabelStyle.City } }
            .Select(f => WeeklySummaryFormatter.Format(summary, f)).MinBy(t => t.Length)!;
        return (WeeklySummaryFormatter.Format(summary, strings.SummaryFormat(TimeStyle.Compact, DayNameWidth.Abbreviated)), shortest);
    }
}
