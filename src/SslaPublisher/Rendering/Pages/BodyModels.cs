using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Pages;

/// <summary>What <c>pages/card.html.sbn</c> sees: one channel card.</summary>
/// <param name="T">The language's UI strings as a tree (<c>t.pages.reply_heading</c>).</param>
/// <param name="C">The channel.</param>
/// <param name="HeadingLevel">2 on the home page, 1 on a channel's own page.</param>
/// <param name="ShowDetailsLink">True on the home page, where the card links to the channel's page.</param>
public sealed record CardModel(IReadOnlyDictionary<string, object> T, ChannelView C, int HeadingLevel, bool ShowDetailsLink);

/// <summary>What <c>pages/index.html.sbn</c> sees.</summary>
public sealed record IndexModel(IReadOnlyDictionary<string, object> T, IReadOnlyList<TrustedHtml> Cards, CrisisView? Crisis)
{
    /// <summary>The summary line's no-script text ("Channels: 4 · fastest promised reply: X, 15 minutes"); the script replaces it with "now".</summary>
    public string? Summary { get; init; }
}

/// <summary>What <c>pages/notices.html.sbn</c> sees: every notice, for the script to show those in their window.</summary>
public sealed record NoticesModel(IReadOnlyDictionary<string, object> T, IReadOnlyList<NoticeView> Notices);

/// <summary>What <c>pages/channel.html.sbn</c> sees.</summary>
public sealed record ChannelPageModel(IReadOnlyDictionary<string, object> T, TrustedHtml Card, string HomeHref, CrisisView? Crisis);

/// <summary>What <c>pages/404.html.sbn</c> sees.</summary>
public sealed record NotFoundModel(IReadOnlyDictionary<string, object> T, string HomeHref);

/// <summary>The crisis box: the contact (a link when it is a phone number or URL) and the statement.</summary>
public sealed record CrisisView(UrgentView Contact, TrustedHtml Statement);
