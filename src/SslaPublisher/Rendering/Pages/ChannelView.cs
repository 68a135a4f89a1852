using System.Text.RegularExpressions;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Markdown;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Pages;

/// <summary>One channel as a page shows it: every text already in the page's language, prose already sanitized.</summary>
/// <remarks>Plain strings are escaped by the template context; only <see cref="TrustedHtml"/> values are not.</remarks>
public sealed partial record ChannelView(
    string Id,
    string PlatformKey,
    string Platform,
    string Handle,
    string ProfileUrl,
    string VisitLabel,
    string Purpose,
    string PurposeLabel,
    TrustedHtml Summary,
    string ReplyText,
    TrustedHtml OffHours,
    string ZoneText,
    string ZoneId,
    IReadOnlyList<HoursRow> Hours,
    IReadOnlyList<ClosedView> Closed,
    string Languages,
    IReadOnlyList<NotForView> NotFor,
    UrgentView? Urgent,
    string DetailsHref,
    string DetailsLabel)
{
    /// <summary>Builds the view of <paramref name="channel"/> for the <paramref name="language"/> page at <paramref name="pagePath"/>.</summary>
    public static ChannelView From(Channel channel, PlatformInfo platform, PageText text, PagePaths paths, string language, string pagePath)
    {
        var s = text.Strings;
        var within = text.ReplyTime(channel);
        return new ChannelView(
            channel.Id,
            platform.Key,
            platform.DisplayName,
            channel.Handle,
            // The loader builds this from the platform's https pattern; checked again because it reaches an href.
            Href(channel.ProfileUrl, webOnly: true) ?? "",
            s.Format("pages.visit_profile", ("handle", Bidi.Ltr(channel.Handle, s.Language)), ("platform", platform.DisplayName)),
            channel.Purpose.ToString().ToLowerInvariant(),
            s.Text("pages.purpose." + channel.Purpose.ToString().ToLowerInvariant()),
            LocalizedProse.Block(channel.Summary, language),
            s.Format("pages.reply_within", ("duration", within)),
            channel.Reply.OffHours.IsNextOpening
                ? new TrustedHtml(System.Net.WebUtility.HtmlEncode(s.Format("pages.off_hours_next_opening", ("duration", within))))
                : LocalizedProse.Inline(channel.Reply.OffHours.Text, language),
            s.FormatWithCity("pages.hours_zone", Bidi.Isolate(text.City(channel.TimeZone), s.Language)),
            channel.TimeZone.Id,
            HoursRow.From(channel.Hours, text),
            [.. channel.Closed.Select(p => new ClosedView(
                p.From == p.To ? text.Date(p.From) : s.Format("pages.date_range", ("from", text.Date(p.From)), ("to", text.Date(p.To))),
                LocalizedProse.Inline(p.Reason, language)))],
            text.Locale.List(channel.Languages.Select(text.LanguageName)),
            [.. channel.NotFor.Select(n => new NotForView(
                LocalizedProse.Inline(n.Text, language),
                n.GoTo is { } go ? Href(go) : null,
                n.GoTo is { } target && !SafeUrl.IsAllowed(target) ? ProseRenderer.Inline(target) : null))],
            channel.Urgent is { } urgent ? UrgentView.From(urgent.In(language), text, language) : null,
            PagePaths.Link(pagePath, paths.ChannelPage(language, channel.Id)),
            s.Format("pages.more_details", ("platform", platform.DisplayName)));
    }
}

/// <summary>Shared helpers for the views.</summary>
public sealed partial record ChannelView
{
    /// <summary>
    /// The form of a URL that goes into an <c>href</c>: only allowed schemes (<see cref="SafeUrl"/>), and
    /// percent-encoded as a URI so quotes and angle brackets cannot appear in it even before HTML escaping.
    /// </summary>
    public static string? Href(string url, bool webOnly = false) =>
        SafeUrl.IsAllowed(url, webOnly) ? new Uri(url).AbsoluteUri : null;
}

/// <summary>A closed period: its dates in words and the reason, if any.</summary>
public sealed record ClosedView(string Dates, TrustedHtml Reason);

/// <summary>Something a channel is not for: the text, and where to go instead (a safe link or text).</summary>
public sealed record NotForView(TrustedHtml Text, string? GoToUrl, TrustedHtml? GoToText);

/// <summary>The urgent contact: a phone number (tel: link), a web link, or text.</summary>
public sealed partial record UrgentView(string Text, string? Href, TrustedHtml? Prose)
{
    [GeneratedRegex(@"^\+?[0-9][0-9 ().-]{5,}$")]
    private static partial Regex PhonePattern();

    /// <summary>Recognises phone numbers and URLs so they become links; anything else is prose.</summary>
    public static UrgentView From(string urgent, PageText text) => From(new LocalizedValue(urgent, text.Strings.Language, false), text, text.Strings.Language);

    /// <summary>
    /// Recognises phone numbers and URLs so they become links; anything else is prose, marked with its language when
    /// it is not the page's (<paramref name="pageLanguage"/>).
    /// </summary>
    public static UrgentView From(LocalizedValue urgent, PageText text, string pageLanguage)
    {
        var trimmed = urgent.Text.Trim();
        if (PhonePattern().IsMatch(trimmed))
            return new UrgentView(text.Strings.Format("pages.call", ("number", Bidi.Ltr(trimmed, text.Strings.Language))), "tel:" + new string([.. trimmed.Where(c => char.IsAsciiDigit(c) || c == '+')]), null);
        if (ChannelView.Href(trimmed) is { } href) return new UrgentView(trimmed, href, null);
        return new UrgentView(trimmed, null, LocalizedProse.Mark(ProseRenderer.Inline(trimmed), urgent, pageLanguage, inline: true));
    }
}
