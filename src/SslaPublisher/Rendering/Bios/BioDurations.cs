using System.Globalization;
using NodaTime;
using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Rendering.Bios;

/// <summary>Writes a reply time in a bio's language with the units of <c>bio.units</c> (<c>15 min</c>, <c>4 h</c>, <c>2 días</c>).</summary>
internal static class BioDurations
{
    public static string Format(Duration duration, UiStrings strings)
    {
        var minutes = (long)duration.TotalMinutes;
        if (minutes > 0 && minutes % (24 * 60) == 0)
        {
            var days = minutes / (24 * 60);
            return strings.Format(days == 1 ? "bio.units.day" : "bio.units.days", ("n", Number(days)));
        }
        if (minutes > 0 && minutes % 60 == 0) return strings.Format("bio.units.hours", ("n", Number(minutes / 60)));
        return strings.Format("bio.units.minutes", ("n", Number(minutes)));
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
