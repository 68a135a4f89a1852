using System.Globalization;
using System.Text.Json;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Pages;

/// <summary>schema.org structured data: the brand as an Organization with a ContactPoint per channel.</summary>
/// <remarks>
/// OpeningHoursSpecification times carry no zone (schema.org has none), so the pages state each channel's zone in
/// visible text beside its hours. A range past midnight is written with closes earlier than opens, which
/// schema.org defines as running into the next day.
/// </remarks>
public static class JsonLd
{
    /// <summary>The JSON-LD document, already escaped for a script element.</summary>
    public static string Organization(Promise promise, PagePaths paths) => ScriptJson.Escape(JsonText.Write(w =>
    {
        var brand = promise.Brand;
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "Organization");
        w.WriteString("name", brand.Name);
        if ((brand.Website ?? paths.Absolute(paths.Index(paths.DefaultLanguage))) is { } url) w.WriteString("url", url);
        w.WriteStartArray("sameAs");
        foreach (var channel in promise.Channels) w.WriteStringValue(channel.ProfileUrl);
        w.WriteEndArray();
        w.WriteStartArray("contactPoint");
        foreach (var channel in promise.Channels) WriteContactPoint(w, channel);
        w.WriteEndArray();
        w.WriteEndObject();
    }, indented: false));

    private static void WriteContactPoint(Utf8JsonWriter w, Channel channel)
    {
        w.WriteStartObject();
        w.WriteString("@type", "ContactPoint");
        w.WriteString("contactType", channel.Purpose switch
        {
            Purpose.Support => "customer support",
            Purpose.Sales => "sales",
            Purpose.Questions => "customer service",
            Purpose.Announcements => "public relations",
            _ => "community",
        });
        w.WriteString("url", channel.ProfileUrl);
        w.WriteStartArray("availableLanguage");
        foreach (var language in channel.Languages) w.WriteStringValue(language);
        w.WriteEndArray();
        w.WriteStartArray("hoursAvailable");
        foreach (var (days, range) in Groups(channel.Hours))
        {
            w.WriteStartObject();
            w.WriteString("@type", "OpeningHoursSpecification");
            w.WriteStartArray("dayOfWeek");
            foreach (var day in days) w.WriteStringValue("https://schema.org/" + day);
            w.WriteEndArray();
            w.WriteString("opens", range.Start.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
            w.WriteString("closes", range.End.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // One specification per distinct range, listing every day it applies to (Monday first, ranges by start).
    private static IEnumerable<(IReadOnlyList<NodaTime.IsoDayOfWeek> Days, TimeRange Range)> Groups(WeeklyHours hours)
    {
        if (hours.IsAlways)
            return [(Week.Days, new TimeRange(NodaTime.LocalTime.Midnight, new NodaTime.LocalTime(23, 59, 59)))];
        return Week.Days
            .SelectMany(day => hours.On(day).Select(range => (day, range)))
            .GroupBy(x => x.range)
            .OrderBy(g => g.Min(x => x.day)).ThenBy(g => g.Key.Start)
            .Select(g => ((IReadOnlyList<NodaTime.IsoDayOfWeek>)[.. g.Select(x => x.day)], g.Key));
    }
}
