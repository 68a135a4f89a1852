using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// The words a banner layout's text blocks may use (snake_case in the layout: <c>{{ headline }}</c>), in the language
/// the banner speaks. All come from ssla.yaml and the UI strings and are untrusted, but they only ever become pixels,
/// so they need no escaping. This is the one place a banner's content is computed: a change to what a banner says
/// (a temporary promise, a notice) belongs here, not in the painter or the layouts.
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
    /// <summary>The promise as a sentence in the banner's language (<c>We reply within 15 minutes</c>, <c>نرد في مدة أقصاها ١٥ دقيقة</c>).</summary>
    public string Headline { get; init; } = "";

    /// <summary>The call to action: the promise page's short address in a phrase (<c>Our promise: promise.acme-air.example</c>); empty without <c>brand.base_url</c>.</summary>
    public string Action { get; init; } = "";

    /// <summary>The promise page's short address (<c>promise.acme-air.example</c>: no scheme, no trailing slash), or empty.</summary>
    public string PromiseUrl { get; init; } = "";

    /// <summary>The language the banner speaks (BCP 47: <c>en</c>, <c>ja</c>); its rules say where lines may break.</summary>
    public string Language { get; init; } = "";

    /// <summary>The model of one channel's banner, in the channel's language (<paramref name="strings"/>).</summary>
    public static BannerModel ForChannel(Promise promise, Channel channel, PlatformCatalog catalog, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(strings);
        var reply = ReplyWords(channel, strings);
        var url = ShortUrl(promise.Brand.BaseUrl);
        return new BannerModel(
            promise.Brand.Name, Host(promise.Brand.Website), catalog[channel.Platform].DisplayName, channel.Handle,
            reply, BannerHours.For(channel, strings.SummaryFormat(TimeStyle.Compact)), PlatformList(promise, catalog, strings))
        {
            Headline = strings.Format("banner.headline", ("duration", BidiParagraph.Isolate(reply))),
            Action = url.Length == 0 ? "" : strings.Format("banner.action", ("url", BidiParagraph.Isolate(url))),
            PromiseUrl = url,
            Language = strings.Language,
        };
    }

    /// <summary>The model of the brand's share image, in <paramref name="strings"/>' language (the brand's first).</summary>
    public static BannerModel ForShareImage(Promise promise, PlatformCatalog catalog, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(strings);
        var reply = promise.Channels.IsEmpty ? "" : ReplyWords(promise.Channels.MinBy(c => c.Reply.Within.Nominal)!, strings);
        var url = ShortUrl(promise.Brand.BaseUrl);
        return new BannerModel(promise.Brand.Name, Host(promise.Brand.Website), "", "", reply, "", PlatformList(promise, catalog, strings))
        {
            Headline = reply.Length == 0 ? "" : strings.Format("banner.share_headline", ("duration", BidiParagraph.Isolate(reply))),
            Action = url.Length == 0 ? "" : strings.Format("banner.action", ("url", BidiParagraph.Isolate(url))),
            PromiseUrl = url,
            Language = strings.Language,
        };
    }

    // No-break spaces throughout, so a wrapped headline never leaves "15" alone at a line end.
    private static string ReplyWords(Channel channel, UiStrings strings) =>
        strings.ReplyTime(channel, UnitWidth.Wide).Replace(' ', '\u00A0');

    private static string Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.IdnHost : "";

    /// <summary>
    /// What a reader types to reach the promise: the base URL without its scheme and trailing slash
    /// (<c>promise.acme-air.example</c>, <c>acme.example/ssla</c>), the home page listing every channel.
    /// </summary>
    public static string ShortUrl(string? baseUrl)
    {
        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)) return "";
        var path = uri.AbsolutePath.TrimEnd('/');
        return uri.IdnHost + (uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)) + path;
    }

    private static string PlatformList(Promise promise, PlatformCatalog catalog, UiStrings strings)
    {
        var names = promise.Channels.Select(c => catalog[c.Platform].DisplayName).Distinct().ToList();
        return strings.Locale().AndList(names);
    }
}
