using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace SslaPublisher.Definition;

/// <summary>
/// What to say to <c>GMT+1</c>, <c>UTC-5</c> or <c>GMT+5:30</c> as a time zone: a fixed offset does not follow
/// daylight saving, so the answer is a place's IANA zone; and the IANA fixed-offset names have the opposite sign
/// (<c>Etc/GMT-1</c> is UTC+1), a trap worth naming.
/// </summary>
internal static partial class FixedOffsetZones
{
    [GeneratedRegex(@"^(?:GMT|UTC)\s*(?<sign>[+-])\s*(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetText();

    // Zones named as examples come from these regions first: a reader recognises a capital sooner than an island.
    private static readonly string[] Regions = ["Europe/", "America/", "Asia/", "Africa/", "Australia/"];

    /// <summary>The message for an offset written as a zone, or null when <paramref name="text"/> is not one.</summary>
    public static string? Explain(string text, IDateTimeZoneProvider zones)
    {
        var m = OffsetText().Match(text.Trim());
        if (!m.Success) return null;
        var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59) return null;
        var sign = m.Groups["sign"].Value == "-" ? -1 : 1;
        var offset = Offset.FromHoursAndMinutes(sign * hours, sign * minutes);
        var examples = Examples(zones, offset);
        var utc = $"UTC{(sign < 0 ? "-" : "+")}{hours}{(minutes > 0 ? $":{minutes:00}" : "")}";
        var etc = minutes == 0 && hours > 0 ? $"; a fixed offset without daylight saving is Etc/GMT{(sign < 0 ? "+" : "-")}{hours} (the Etc/ sign is reversed: Etc/GMT{(sign < 0 ? "+" : "-")}{hours} is {utc})" : "";
        return $"'{text}' is an offset, not a time zone; write the IANA zone of the place, which follows daylight saving" +
               (examples.Length > 0 ? $" (at {utc} in January: {string.Join(", ", examples)})" : "") + etc;
    }

    private static string[] Examples(IDateTimeZoneProvider zones, Offset offset)
    {
        var january = Instant.FromUtc(2026, 1, 15, 12, 0);
        return [.. zones.Ids
            .Where(id => Regions.Any(r => id.StartsWith(r, StringComparison.Ordinal)) && zones[id].GetUtcOffset(january) == offset)
            .OrderBy(id => Array.FindIndex(Regions, r => id.StartsWith(r, StringComparison.Ordinal)))
            .ThenBy(id => id, StringComparer.Ordinal)
            .Take(3)];
    }
}
