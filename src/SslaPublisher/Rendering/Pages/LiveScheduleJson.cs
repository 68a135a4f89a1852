using System.Text.Json;
using NodaTime.Text;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Pages;

/// <summary>
/// The schedule data embedded in each page for <c>assets/live.js</c>, which computes "staffed now / next reply" in
/// the reader's browser without any network call.
/// </summary>
/// <remarks>
/// Only the rules go in (zone id, weekly minutes, closed dates, reply time), never computed instants: the browser
/// resolves the zone with <c>Intl.DateTimeFormat</c> and its own IANA data, so the page is correct whenever it is
/// read and the build stays byte-identical (nothing depends on the build's clock). Format: docs/pages.md.
/// </remarks>
public static class LiveScheduleJson
{
    // The live script's own words, looked up under pages.live.<key>.
    private static readonly string[] LiveTextKeys = [.. new[] { "open", "closed", "closed_opens", "never" }.Concat(LiveNoticesJson.TextKeys)];

    /// <summary>The data block for <paramref name="channels"/>, already escaped for a script element.</summary>
    /// <remarks>Every notice of <paramref name="promise"/> goes in with the channels; the script decides which apply now.</remarks>
    public static string Write(IEnumerable<Channel> channels, PageText text, Promise promise, Platforms.PlatformCatalog platforms) =>
        ScriptJson.Escape(JsonText.Write(w =>
    {
        var strings = text.Strings;
        w.WriteStartObject();
        // The digits too (ar-u-nu-arab): the live lines must not write "4 من 5" beside the page's "١٥ دقيقة".
        w.WriteString("lang", text.Locale.IntlTag);
        w.WriteStartObject("text");
        foreach (var key in LiveTextKeys)
            w.WriteString(key, strings.Text("pages.live." + key));
        w.WriteEndObject();
        w.WriteNumber("total", promise.Channels.Length);
        LiveNoticesJson.WriteNotices(w, promise, strings.Language);
        w.WriteStartArray("channels");
        foreach (var channel in channels)
        {
            w.WriteStartObject();
            WriteChannelFields(w, channel, text);
            LiveNoticesJson.WriteChannelParts(w, channel, promise, platforms, text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }, indented: false));

    /// <summary>One channel's schedule, as read by the browser script and by the agreement tests.</summary>
    internal static void WriteChannel(Utf8JsonWriter w, Channel channel, PageText text)
    {
        w.WriteStartObject();
        WriteChannelFields(w, channel, text);
        w.WriteEndObject();
    }

    /// <summary>One channel's schedule with the notice parts (temporary promises, closure windows), as pages embed it.</summary>
    internal static void WriteChannel(Utf8JsonWriter w, Channel channel, PageText text, Promise promise, Platforms.PlatformCatalog platforms)
    {
        w.WriteStartObject();
        WriteChannelFields(w, channel, text);
        LiveNoticesJson.WriteChannelParts(w, channel, promise, platforms, text);
        w.WriteEndObject();
    }

    private static void WriteChannelFields(Utf8JsonWriter w, Channel channel, PageText text)
    {
        w.WriteString("id", channel.Id);
        w.WriteString("zone", channel.TimeZone.Id);
        // week[0] is Monday; each range is [start, end] in minutes after midnight, end <= start crossing midnight.
        // "always" is written as 00:00-00:00 every day, as the schedule engine reads it (closures still apply).
        w.WriteStartArray("week");
        foreach (var day in Week.Days)
        {
            w.WriteStartArray();
            foreach (var range in channel.Hours.IsAlways ? [new TimeRange(NodaTime.LocalTime.Midnight, NodaTime.LocalTime.Midnight)] : channel.Hours.On(day))
            {
                w.WriteStartArray();
                w.WriteNumberValue(range.Start.Hour * 60 + range.Start.Minute);
                w.WriteNumberValue(range.End.Hour * 60 + range.End.Minute);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("closed");
        foreach (var period in channel.Closed)
        {
            w.WriteStartArray();
            w.WriteStringValue(LocalDatePattern.Iso.Format(period.From));
            w.WriteStringValue(LocalDatePattern.Iso.Format(period.To));
            w.WriteEndArray();
        }
        w.WriteEndArray();
        // The promise as the schedule engine counts it: "within_days" staffed days (same local time on the N-th
        // following staffed day), then "within" minutes of staffed time; "always" days are 24 staffed hours.
        w.WriteNumber("within_days", channel.Reply.Within.Days);
        w.WriteBoolean("round_the_clock", new ChannelSchedule(channel).IsRoundTheClock);
        w.WriteNumber("within", (long)channel.Reply.Within.Staffed.TotalMinutes);
        w.WriteString("within_text", text.ReplyTime(channel));
        w.WriteBoolean("next_opening", channel.Reply.OffHours.IsNextOpening);
    }
}
