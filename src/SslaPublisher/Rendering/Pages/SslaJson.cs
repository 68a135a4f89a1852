using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Pages;

/// <summary>Writes <c>ssla.json</c>: the whole public promise, machine-readable (format in docs/ssla-json.md).</summary>
public static class SslaJson
{
    /// <summary>Version of the format; bumped on any change that breaks readers.</summary>
    public const int FormatVersion = 1;

    /// <summary>The document for <paramref name="promise"/>.</summary>
    public static string Write(Promise promise, PlatformCatalog platforms, PagePaths paths) => JsonText.Write(w =>
    {
        var brand = promise.Brand;
        w.WriteStartObject();
        w.WriteNumber("ssla_version", FormatVersion);
        w.WriteStartObject("brand");
        w.WriteString("name", brand.Name);
        w.WriteString("slug", brand.Slug);
        WriteOptional(w, "website", brand.Website);
        WriteOptional(w, "base_url", brand.BaseUrl);
        w.WriteString("timezone", brand.TimeZone.Id);
        WriteStrings(w, "languages", brand.Languages);
        w.WriteEndObject();

        w.WriteStartArray("channels");
        foreach (var channel in promise.Channels) WriteChannel(w, channel, platforms[channel.Platform], paths);
        w.WriteEndArray();

        if (promise.Crisis is { } crisis)
        {
            w.WriteStartObject("crisis");
            w.WriteString("contact", crisis.Contact);
            WriteText(w, "statement", crisis.Statement);
            w.WriteEndObject();
        }

        w.WriteNumber("announce_days", promise.AnnounceDays);
        w.WriteStartArray("notices");
        foreach (var notice in promise.Notices) WriteNotice(w, notice);
        w.WriteEndArray();
        w.WriteEndObject();
    }, indented: true) + "\n";

    private static void WriteChannel(Utf8JsonWriter w, Channel channel, PlatformInfo platform, PagePaths paths)
    {
        w.WriteStartObject();
        w.WriteString("id", channel.Id);
        w.WriteString("platform", platform.Key);
        w.WriteString("platform_name", platform.DisplayName);
        w.WriteString("handle", channel.Handle);
        w.WriteString("profile_url", channel.ProfileUrl);
        w.WriteString("purpose", channel.Purpose.ToString().ToLowerInvariant());
        WriteText(w, "summary", channel.Summary);
        w.WriteString("page", paths.ChannelPage(paths.DefaultLanguage, channel.Id));
        w.WriteString("timezone", channel.TimeZone.Id);
        WriteHours(w, channel.Hours);

        w.WriteStartArray("closed");
        foreach (var period in channel.Closed)
        {
            w.WriteStartObject();
            w.WriteString("from", LocalDatePattern.Iso.Format(period.From));
            w.WriteString("to", LocalDatePattern.Iso.Format(period.To));
            WriteText(w, "reason", period.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartObject("reply");
        // "P2D" is two *staffed* days (due at the same local time on the second following day with hours), not 48 h;
        // within_days and within_minutes (staffed time after the days) say the same as numbers.
        w.WriteString("within", IsoDuration(channel.Reply.Within));
        w.WriteNumber("within_days", channel.Reply.Within.Days);
        w.WriteNumber("within_minutes", (long)channel.Reply.Within.Staffed.TotalMinutes);
        w.WriteString("off_hours", channel.Reply.OffHours.IsNextOpening ? "next-opening" : "text");
        WriteText(w, "off_hours_text", channel.Reply.OffHours.Text);
        w.WriteEndObject();

        WriteStrings(w, "languages", channel.Languages);
        w.WriteStartArray("not_for");
        foreach (var item in channel.NotFor)
        {
            w.WriteStartObject();
            WriteText(w, "text", item.Text);
            WriteOptional(w, "go_to", item.GoTo);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteText(w, "urgent", channel.Urgent);
        w.WriteEndObject();
    }

    // Windows as UTC instants (RFC 3339 with Z): readers need no zone rules to compare them with their clock.
    private static void WriteNotice(Utf8JsonWriter w, Notice notice)
    {
        w.WriteStartObject();
        w.WriteString("id", notice.Id);
        w.WriteString("kind", notice.KindKeyword);
        w.WriteString("from", InstantPattern.ExtendedIso.Format(notice.From));
        WriteOptional(w, "until", notice.Until is { } until ? InstantPattern.ExtendedIso.Format(until) : null);
        WriteStrings(w, "channels", notice.Channels);
        WriteText(w, "text", notice.Text);
        if (notice.Reply is { } reply)
        {
            w.WriteStartObject("reply");
            w.WriteString("within", IsoDuration(reply));
            w.WriteNumber("within_days", reply.Days);
            w.WriteNumber("within_minutes", (long)reply.Staffed.TotalMinutes);
            w.WriteEndObject();
        }
        else w.WriteNull("reply");
        w.WriteString("updated", InstantPattern.ExtendedIso.Format(notice.LastChanged));
        w.WriteStartArray("updates");
        foreach (var update in notice.Updates)
        {
            w.WriteStartObject();
            w.WriteString("at", InstantPattern.ExtendedIso.Format(update.At));
            WriteText(w, "text", update.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // A prose field: its default-language text under its own name (what readers of version 1 expect), and every
    // language's text under "<name>_by_language" ({"en": …, "es": …}); null in both when the field is absent.
    private static void WriteText(Utf8JsonWriter w, string name, LocalizedText? text)
    {
        WriteOptional(w, name, text?.Default);
        if (text is null)
        {
            w.WriteNull(name + "_by_language");
            return;
        }
        w.WriteStartObject(name + "_by_language");
        foreach (var (language, value) in text.Texts) w.WriteString(language, value);
        w.WriteEndObject();
    }

    private static void WriteHours(Utf8JsonWriter w, WeeklyHours hours)
    {
        w.WriteStartObject("hours");
        w.WriteBoolean("always", hours.IsAlways);
        w.WriteStartObject("week");
        foreach (var day in Week.Days)
        {
            w.WriteStartArray(day.ToString().ToLowerInvariant());
            foreach (var range in hours.On(day))
            {
                w.WriteStartObject();
                w.WriteString("start", range.Start.ToString("HH:mm", CultureInfo.InvariantCulture));
                w.WriteString("end", range.End.ToString("HH:mm", CultureInfo.InvariantCulture));
                w.WriteBoolean("crosses_midnight", range.CrossesMidnight);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    // ISO 8601 duration (P1D, PT15M, PT1H30M); the promise has whole minutes only.
    private static string IsoDuration(ReplyTime within)
    {
        var duration = within.Staffed;
        var days = within.Days;
        var text = "P" + (days > 0 ? $"{days}D" : "");
        var hours = (long)duration.TotalHours;
        var time = (hours > 0 ? $"{hours}H" : "") + (duration.Minutes > 0 ? $"{duration.Minutes}M" : "");
        return time.Length > 0 ? text + "T" + time : text.Length > 1 ? text : "PT0M";
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}

/// <summary>The days of the ISO week, Monday first.</summary>
internal static class Week
{
    public static IReadOnlyList<IsoDayOfWeek> Days { get; } =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
         IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
}
