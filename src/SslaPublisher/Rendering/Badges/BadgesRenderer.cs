using SslaPublisher.Rendering.Localization;
using SslaPublisher.Site;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Writes every channel's badges under <c>badges/</c>: per badge and style an SVG and PNGs at 1× and 2×, and one
/// shields endpoint JSON per badge (see <see cref="BadgePaths"/> and docs/badges.md).
/// </summary>
/// <remarks>Each channel's badges speak its own language (<see cref="ChannelLanguage"/>).</remarks>
public sealed class BadgesRenderer : ISiteRenderer
{
    /// <summary>PNG scales written: 1× and 2× (high-density screens).</summary>
    public static IReadOnlyList<int> PngScales { get; } = [1, 2];

    /// <inheritdoc />
    public string Name => "badges";

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var svg = new BadgeSvgWriter(context.Templates);
        var png = BadgePngWriter.Default;
        foreach (var badge in Badges(context))
        {
            foreach (var style in BadgeStyles.All)
            {
                var layout = BadgeLayout.Create(badge.Spec(style));
                yield return SiteFile.Text(BadgePaths.Svg(badge.Name, style), svg.Write(layout), "image/svg+xml");
                foreach (var scale in PngScales)
                    yield return new SiteFile(BadgePaths.Png(badge.Name, style, scale), png.Write(layout, scale), "image/png");
                if (style == BadgeStyle.Flat)
                    yield return new SiteFile(BadgePaths.Endpoint(badge.Name), BadgeEndpointJson.Write(layout), "application/json");
            }
        }
    }

    /// <summary>The badges of the promise in <paramref name="context"/>, each channel's worded in its own language.</summary>
    public static IReadOnlyList<ChannelBadge> Badges(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ChannelBadge.All(context.Promise, context.Platforms,
            channel => new BadgeMessages(ChannelLanguage.StringsOf(context.Templates.Templates, channel)));
    }
}
