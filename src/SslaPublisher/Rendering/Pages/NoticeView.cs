using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Markdown;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Pages;

/// <summary>
/// One notice as a page shows it before the script runs: kind, window in the brand's zone, channels, text and the
/// temporary promise. The script hides it outside its window (<c>data-from</c>/<c>data-until</c>, Unix milliseconds);
/// without script the window in words keeps it honest.
/// </summary>
public sealed record NoticeView(
    string Id,
    string Kind,
    string KindLabel,
    string Window,
    string? Channels,
    TrustedHtml Text,
    string? Reply,
    long FromMs,
    long? UntilMs)
{
    /// <summary>The notice's updates, newest first, each with its time in the brand's zone (the script hides those not yet due).</summary>
    public System.Collections.Immutable.ImmutableArray<NoticeUpdateView> Updates { get; init; } = [];

    /// <summary>The view of <paramref name="notice"/> in <paramref name="language"/>; times in the brand's zone.</summary>
    public static NoticeView From(Notice notice, Promise promise, PlatformCatalog platforms, PageText text, string language)
    {
        var s = text.Strings;
        var zone = promise.Brand.TimeZone;
        var from = When(notice.From, zone, text);
        var window = notice.Until is { } until
            ? s.FormatWithCity("pages.notices.window", Bidi.Isolate(text.City(zone), s.Language), ("from", from), ("until", When(until, zone, text)))
            : s.FormatWithCity("pages.notices.window_open", Bidi.Isolate(text.City(zone), s.Language), ("from", from));
        // Naming every channel of a brand says nothing: a notice for all of them names none.
        var channels = notice.Channels.Length == promise.Channels.Length
            ? null
            : text.Locale.List(notice.Channels.Select(id => ChannelLabel(promise.Channels.First(c => c.Id == id), platforms, promise, s.Language)));
        var reply = notice.Reply is { } within
            ? s.Format("pages.notices.temporary_reply", ("duration", s.ReplyTime(within, UnitWidth.Wide, StaffedEveryDay(notice, promise))))
            : null;
        return new NoticeView(notice.Id, notice.KindKeyword, s.Text("pages.notices.kind." + notice.KindKeyword.Replace('-', '_')),
            window, channels is null ? null : s.Format("pages.notices.channels", ("channels", channels)),
            LocalizedProse.Inline(notice.Text, language), reply,
            notice.From.ToUnixTimeMilliseconds(), notice.Until?.ToUnixTimeMilliseconds())
        {
            Updates = [.. notice.Updates.Reverse().Select(u => new NoticeUpdateView(
                When(u.At, zone, text), NodaTime.Text.InstantPattern.General.Format(u.At),
                LocalizedProse.Inline(u.Text, language), u.At.ToUnixTimeMilliseconds()))],
        };
    }

    /// <summary>How pages name a channel in a sentence: its platform, with the handle when the brand has two on one platform.</summary>
    public static string ChannelLabel(Channel channel, PlatformCatalog platforms, Promise promise, string pageLanguage)
    {
        var name = platforms[channel.Platform].DisplayName;
        return promise.Channels.Count(c => c.Platform == channel.Platform) > 1 ? $"{name} {Bidi.Ltr(channel.Handle, pageLanguage)}" : name;
    }

    // Days in a temporary promise are working days unless every channel it touches is staffed every day.
    private static bool StaffedEveryDay(Notice notice, Promise promise) => promise.Channels
        .Where(c => notice.Touches(c.Id)).All(c => new Schedule.ChannelSchedule(c).IsStaffedEveryDay);

    /// <summary>A notice's time in the brand's zone, in the page's words (<c>January 11, 2027, 2:00 PM</c>).</summary>
    internal static string When(Instant instant, DateTimeZone zone, PageText text)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return text.Strings.Format("pages.notices.when", ("date", text.Date(local.Date)), ("time", text.Time(local.TimeOfDay)));
    }
}

/// <summary>One update of a notice as a page shows it.</summary>
/// <param name="When">Its time in the brand's zone, in words.</param>
/// <param name="Iso">Its instant for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="Text">What it says (inline Markdown, sanitized).</param>
/// <param name="AtMs">Its instant in Unix milliseconds: the script shows it from then on.</param>
public sealed record NoticeUpdateView(string When, string Iso, TrustedHtml Text, long AtMs);
