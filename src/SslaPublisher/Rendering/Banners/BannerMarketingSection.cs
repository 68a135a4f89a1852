using System.Globalization;
using System.Net;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// The banners on the marketer's page: for every channel whose platform has a banner, a preview, a download link
/// and the platform's upload steps in one line (<c>marketing.banners.steps.&lt;platform&gt;</c>).
/// </summary>
public sealed class BannerMarketingSection : IMarketingSection
{
    /// <inheritdoc />
    public string Id => "banners";

    /// <inheritdoc />
    public string Title => "Banners";

    /// <inheritdoc />
    public string Intro => "Upload each as the profile's header or cover image. Each is drawn for its platform's size and safe area, in the channel's language.";

    /// <inheritdoc />
    public IReadOnlyList<MarketingItem> Items(RenderContext context) =>
        Items(context, MarketingText.AtRoot(context));

    /// <inheritdoc />
    public IReadOnlyList<MarketingItem> Items(RenderContext context, MarketingText text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<MarketingItem>();
        var locale = Localization.LocaleStrings.Locale(text.Strings);
        foreach (var channel in context.Promise.Channels)
        {
            var platform = context.Platforms[channel.Platform];
            if (platform.Banner is not { } nominal) continue;
            var spec = nominal.AtScale();
            var path = BannersRenderer.PathOf(channel);
            var label = $"{platform.DisplayName} · {channel.Handle}";
            var href = WebUtility.HtmlEncode(text.Root + path);
            // Shown at the platform's nominal size (a 2x image at half its pixels), never wider than the page.
            var preview = new TrustedHtml(
                $"<img src=\"{href}\" alt=\"{WebUtility.HtmlEncode(label)}\" width=\"{nominal.Width.ToString(CultureInfo.InvariantCulture)}\" " +
                $"height=\"{nominal.Height.ToString(CultureInfo.InvariantCulture)}\" loading=\"lazy\">" +
                $"<a href=\"{href}\" download>{WebUtility.HtmlEncode(text["banners.download", ("file", path)])}</a>");
            // In the page's digits without grouping (pixels, as upload forms write them), isolated left to right on
            // a right-to-left page, or it shows "500×1500" for 1500×500.
            var size = Localization.Bidi.Ltr(locale.Digits(string.Create(CultureInfo.InvariantCulture, $"{spec.Width}×{spec.Height}")), text.Strings.Language);
            var steps = text.Strings.Contains($"marketing.banners.steps.{platform.Key}") ? text[$"banners.steps.{platform.Key}"] : null;
            items.Add(new MarketingItem(label, "", size, steps, preview));
        }
        return items;
    }
}
