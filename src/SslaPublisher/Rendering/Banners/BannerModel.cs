using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// The words a banner layout's text blocks may use (snake_case in the layout: <c>{{ reply_within }}</c>). All come from
/// ssla.yaml and are untrusted, but they only ever become pixels, so they need no escaping.
/// </summary>
/// <param name="BrandName">The brand's name.</param>
/// <param name="Website">The brand website's host name (<c>acme-air.example</c>), or empty.</param>
/// <param name="Platform">The channel's platform display name (<c>X</c>); empty on the share image.</param>
/// <param name="Handle">The channel's handle as written; empty on the share image.</param>
/// <param name="ReplyWithin">The promised reply time in words (<c>15 minutes</c>); on the share image, the fastest channel's.</param>
/// <param name="Hours">The staffed hours in one line; empty on the share image.</param>
/// <param name="Platforms">The brand's platforms in a sentence (<c>X, Facebook and LinkedIn</c>).</param>
public sealed record BannerModel(
    string BrandName, string Website, string Platform, string Handle, string ReplyWithin, string Hours, string Platforms)
{
    /// <summary>The model of one channel's banner.</summary>
    public static BannerModel ForChannel(Promise promise, Channel channel, PlatformCatalog catalog, UiStrings strings) => new(
        promise.Brand.Name, Host(promise.Brand.Website), catalog[channel.Platform].DisplayName, channel.Handle,
        ReplyWords(channel, strings), BannerHours.For(channel, strings.SummaryFormat(TimeStyle.Compact)), PlatformList(promise, catalog));

    /// <summary>The model of the brand's share image.</summary>
    public static BannerModel ForShareImage(Promise promise, PlatformCatalog catalog, UiStrings strings) => new(
        promise.Brand.Name, Host(promise.Brand.Website), "", "",
        promise.Channels.IsEmpty ? "" : ReplyWords(promise.Channels.MinBy(c => c.Reply.Within.Nominal)!, strings), "",
        PlatformList(promise, catalog));

    // No-break spaces throughout, so a wrapped headline never leaves "15" alone at a line end.
    private static string ReplyWords(Channel channel, UiStrings strings) =>
        strings.ReplyTime(channel, UnitWidth.Wide).Replace(' ', '\u00A0');

    private static string Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.IdnHost : "";

    private static string PlatformList(Promise promise, PlatformCatalog catalog)
    {
        var names = promise.Channels.Select(c => catalog[c.Platform].DisplayName).Distinct().ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }
}
