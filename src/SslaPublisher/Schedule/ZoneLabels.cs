using System.Collections.Frozen;
using NodaTime;
using SslaPublisher.Formatting;

namespace SslaPublisher.Schedule;

/// <summary>Short, reader-friendly names for time zones.</summary>
/// <remarks>
/// Generic labels ("ET" rather than "EST"/"EDT") stay true all year, so a label never has to change with DST.
/// Zones not in the small table are named by their city, which every reader can place. That table is English; every
/// other language names a zone as CLDR does (<see cref="LocaleFormat.ZoneName"/>: <c>توقيت الرياض</c>, <c>JST</c>,
/// <c>MEZ</c>), so no English abbreviation or city stands in a sentence of another language.
/// </remarks>
public static class ZoneLabels
{
    private static readonly FrozenDictionary<string, string> Generic = new Dictionary<string, string>
    {
        ["America/New_York"] = "ET", ["America/Detroit"] = "ET", ["America/Toronto"] = "ET",
        ["America/Indiana/Indianapolis"] = "ET", ["US/Eastern"] = "ET",
        ["America/Chicago"] = "CT", ["America/Winnipeg"] = "CT", ["US/Central"] = "CT",
        ["America/Denver"] = "MT", ["America/Edmonton"] = "MT", ["America/Boise"] = "MT", ["US/Mountain"] = "MT",
        ["America/Los_Angeles"] = "PT", ["America/Vancouver"] = "PT", ["US/Pacific"] = "PT",
        ["Europe/London"] = "UK",
        ["Europe/Paris"] = "CET", ["Europe/Berlin"] = "CET", ["Europe/Madrid"] = "CET", ["Europe/Rome"] = "CET",
        ["Europe/Amsterdam"] = "CET", ["Europe/Brussels"] = "CET", ["Europe/Vienna"] = "CET",
        ["Europe/Zurich"] = "CET", ["Europe/Stockholm"] = "CET", ["Europe/Oslo"] = "CET",
        ["Europe/Copenhagen"] = "CET", ["Europe/Prague"] = "CET", ["Europe/Warsaw"] = "CET",
        ["Europe/Budapest"] = "CET", ["Europe/Luxembourg"] = "CET",
        ["UTC"] = "UTC", ["Etc/UTC"] = "UTC", ["Etc/GMT"] = "UTC", ["Etc/Universal"] = "UTC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The label for <paramref name="zone"/> in <paramref name="style"/> (empty for <see cref="ZoneLabelStyle.None"/>).</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="style">How long the label is.</param>
    /// <param name="language">The language the label is read in; English (the table and the city) when null.</param>
    public static string For(DateTimeZone zone, ZoneLabelStyle style = ZoneLabelStyle.Short, LocaleFormat? language = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (style != ZoneLabelStyle.None && language is { IsEnglish: false } && zone.Id is not ("UTC" or "Etc/UTC"))
            return (style == ZoneLabelStyle.City ? language.ZoneCity(zone.Id) : null) ?? language.ZoneName(zone.Id);
        return style switch
        {
            ZoneLabelStyle.None => "",
            ZoneLabelStyle.Short when Generic.TryGetValue(zone.Id, out var label) => label,
            _ => City(zone),
        };
    }

    /// <summary>
    /// The city whose clock <paramref name="zone"/> keeps, as <paramref name="language"/> names it (CLDR's exemplar
    /// city: <c>New York</c>, <c>نيويورك</c>, <c>ニューヨーク</c>); a zone without a city by its short label
    /// (<c>UTC</c>, <c>GMT-5</c>). Pages and reports both say "times are {city} time" with it.
    /// </summary>
    public static string CityIn(DateTimeZone zone, LocaleFormat language)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(language);
        return language.ZoneCity(zone.Id) ?? For(zone, ZoneLabelStyle.Short, language);
    }

    /// <summary>The city part of the IANA id, underscores as spaces (<c>Australia/Lord_Howe</c> → <c>Lord Howe</c>).</summary>
    public static string City(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var id = zone.Id;
        if (id is "UTC" or "Etc/UTC") return "UTC";
        var slash = id.LastIndexOf('/');
        return (slash >= 0 ? id[(slash + 1)..] : id).Replace('_', ' ');
    }
}
