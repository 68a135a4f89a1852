using System.Text.Json;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Rendering.Pages;

/// <summary>
/// The notice parts of the data block <c>assets/live.js</c> reads: windows as Unix milliseconds (instants need no zone
/// rules), the texts in the page's language, and per channel the temporary promises and closures that apply to it.
/// Like the schedule, only rules go in: whether a notice shows is decided by the reader's clock. Format: docs/notices.md.
/// </summary>
internal static class LiveNoticesJson
{
    /// <summary>The UI strings the script fills in (<c>pages.live.*</c> keys for notices and the summary line).</summary>
    public static readonly string[] TextKeys =
        ["temporary", "closure", "closure_reason", "closure_plain", "summary", "summary_none", "summary_never"];

    /// <summary>Writes <c>announce_days</c> and <c>notices</c> (every notice, with its text in the page's language).</summary>
    public static void WriteNotices(Utf8JsonWriter w, Promise promise, string language)
    {
        w.WriteNumber("announce_days", promise.AnnounceDays);
        w.WriteStartArray("notices");
        foreach (var notice in promise.Notices)
        {
            w.WriteStartObject();
            w.WriteString("id", notice.Id);
            w.WriteString("kind", notice.KindKeyword);
            w.WriteNumber("from", notice.From.ToUnixTimeMilliseconds());
            if (notice.Until is { } until) w.WriteNumber("until", until.ToUnixTimeMilliseconds());
            else w.WriteNull("until");
            w.WriteStartArray("channels");
            foreach (var id in notice.Channels) w.WriteStringValue(id);
            w.WriteEndArray();
            // Plain text: the script writes it with textContent, never as markup.
            w.WriteString("text", notice.Text.In(language).Text);
            // [at, text], oldest first: the script shows the latest one already written.
            w.WriteStartArray("updates");
            foreach (var update in notice.Updates)
            {
                w.WriteStartArray();
                w.WriteNumberValue(update.At.ToUnixTimeMilliseconds());
                w.WriteStringValue(update.Text.In(language).Text);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes a channel's label, its temporary promises, closure windows and closed-date reasons.</summary>
    public static void WriteChannelParts(Utf8JsonWriter w, Channel channel, Promise promise, PlatformCatalog platforms, PageText text)
    {
        var language = text.Strings.Language;
        w.WriteString("label", NoticeView.ChannelLabel(channel, platforms, promise, language));
        w.WriteStartArray("promises");
        foreach (var notice in promise.Notices.Where(n => n.Reply is not null && n.Touches(channel.Id)))
        {
            w.WriteStartObject();
            w.WriteString("id", notice.Id);
            w.WriteNumber("within_days", notice.Reply!.Days);
            w.WriteNumber("within", (long)notice.Reply.Staffed.TotalMinutes);
            w.WriteString("within_text", text.Strings.ReplyTime(notice.Reply, UnitWidth.Wide, new Schedule.ChannelSchedule(channel).IsStaffedEveryDay));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Planned closures close the channel for their window, whatever its hours say.
        w.WriteStartArray("closures");
        foreach (var notice in promise.Notices.Where(n => n.Kind == NoticeKind.PlannedClosure && n.Touches(channel.Id)))
        {
            w.WriteStartArray();
            w.WriteNumberValue(notice.From.ToUnixTimeMilliseconds());
            w.WriteNumberValue(notice.Until!.Value.ToUnixTimeMilliseconds());
            w.WriteStringValue(notice.Id);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("closed_reasons");
        foreach (var period in channel.Closed)
        {
            if (period.Reason is { } reason) w.WriteStringValue(reason.In(language).Text);
            else w.WriteNullValue();
        }
        w.WriteEndArray();
    }
}
