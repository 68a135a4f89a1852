using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// The badges on the marketer's page: for every channel badge, a preview and the HTML and Markdown snippets that
/// embed it, with the other styles, the PNGs and the shields endpoint named in the note.
/// </summary>
public sealed class BadgeMarketingSection : IMarketingSection
{
    /// <inheritdoc />
    public string Id => "badges";

    /// <inheritdoc />
    public string Title => "Badges";

    /// <inheritdoc />
    public string Intro => "Paste a snippet into your help centre, website footer or README to show the promise as a badge. " +
                           "The badges are rebuilt with the site, so they stay true when the promise changes.";

    /// <inheritdoc />
    public IReadOnlyList<MarketingItem> Items(RenderContext context) =>
        Items(context, MarketingText.AtRoot(context));

    /// <inheritdoc />
    public IReadOnlyList<MarketingItem> Items(RenderContext context, MarketingText text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        var baseUrl = context.Promise.Brand.BaseUrl;
        var items = new List<MarketingItem>();
        foreach (var badge in BadgesRenderer.Badges(context))
        {
            var layout = BadgeLayout.Create(badge.Spec(BadgeStyle.Flat));
            var svgPath = BadgePaths.Svg(badge.Name, BadgeStyle.Flat);
            var url = BadgeEmbed.Url(baseUrl, svgPath);
            // Our own markup from an escaped snippet: the preview shows the badge as the page's relative file.
            var preview = new TrustedHtml(BadgeEmbed.Html(text.Root + svgPath, layout));
            var title = $"{badge.Label} · {badge.Channel.Handle}";
            items.Add(new MarketingItem($"{title} · HTML", BadgeEmbed.Html(url, layout), $"{BadgeSvgModel.Number(layout.Width)}×{BadgeSvgModel.Number(layout.Height)}", Note(badge, baseUrl, context.Promise.Badges, text), preview));
            items.Add(new MarketingItem($"{title} · Markdown", BadgeEmbed.Markdown(url, layout)));
        }
        return items;
    }

    private static string Note(ChannelBadge badge, string? baseUrl, SslaPublisher.Definition.BadgeOptions options, MarketingText text)
    {
        var styles = string.Join(", ", BadgeStyles.All.Skip(1).Select(s => BadgePaths.Svg(badge.Name, s)));
        var pngs = BadgeStyles.All.Where(s => options.WritesPng(s.Key()))
            .SelectMany(s => BadgesRenderer.PngScales.Select(scale => BadgePaths.Png(badge.Name, s, scale))).ToList();
        var note = text["badges.other_styles", ("files", styles)];
        if (pngs.Count > 0) note += " " + text["badges.png", ("files", string.Join(", ", pngs))];
        if (baseUrl is null)
            return note + " " + text["badges.base_url_hint"];
        var endpoint = BadgeEmbed.Url(baseUrl, BadgePaths.Endpoint(badge.Name));
        return note + $" shields.io: https://img.shields.io/endpoint?url={Uri.EscapeDataString(endpoint)}";
    }
}
