using System.Collections.Concurrent;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Site;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Writes every channel's badges under <c>badges/</c>: per badge an SVG of every style, PNGs at 1× and 2× of the
/// styles the brand's <c>badges.png_styles</c> names (flat unless it names others), and one shields endpoint JSON
/// per badge (see <see cref="BadgePaths"/> and docs/badges.md).
/// </summary>
/// <remarks>
/// <para>Each badge is laid out once per style; the SVG, both PNGs and the endpoint JSON are written from that one
/// <see cref="BadgeLayout"/>, whose text the typesetter shaped once. PNGs are drawn and encoded in parallel, so a
/// single brand's build uses an idle core (in an agency build the cores are already busy with other brands, and
/// the loop simply runs on the calling thread). Identical badges of other brands of the same build (same words,
/// colours and style) are not drawn again.</para>
/// <para>Each channel's badges speak its own language (<see cref="ChannelLanguage"/>).</para>
/// </remarks>
public sealed class BadgesRenderer : ISiteRenderer
{
    /// <summary>PNG scales written: 1× and 2× (high-density screens).</summary>
    public static IReadOnlyList<int> PngScales { get; } = [1, 2];

    // Finished PNGs by (spec, scale), shared by the brands of one build; bounded, cleared when full.
    private const int PngCacheCapacity = 2048;
    private readonly ConcurrentDictionary<(BadgeSpec Spec, int Scale), byte[]> _pngs = new();

    /// <inheritdoc />
    public string Name => "badges";

    /// <inheritdoc />
    public bool StatesPromiseAsOf => true;

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var svg = new BadgeSvgWriter(context.Templates);
        var files = new List<SiteFile>();
        var pngs = new List<(string Path, BadgeLayout Layout, int Scale)>();
        foreach (var badge in Badges(context))
        {
            foreach (var style in BadgeStyles.All)
            {
                var layout = BadgeLayout.Create(badge.Spec(style));
                files.Add(SiteFile.Text(BadgePaths.Svg(badge.Name, style), svg.Write(layout), "image/svg+xml"));
                if (context.Promise.Badges.WritesPng(style.Key()))
                    pngs.AddRange(PngScales.Select(scale => (BadgePaths.Png(badge.Name, style, scale), layout, scale)));
                if (style == BadgeStyle.Flat)
                    files.Add(new SiteFile(BadgePaths.Endpoint(badge.Name), BadgeEndpointJson.Write(layout), "application/json"));
            }
        }
        var images = new SiteFile[pngs.Count];
        Parallel.For(0, pngs.Count, i => images[i] = new SiteFile(pngs[i].Path, Png(pngs[i].Layout, pngs[i].Scale), "image/png"));
        return files.Concat(images);
    }

    private byte[] Png(BadgeLayout layout, int scale)
    {
        if (_pngs.TryGetValue((layout.Spec, scale), out var cached)) return cached;
        var png = BadgePngWriter.Default.Write(layout, scale);
        if (_pngs.Count >= PngCacheCapacity) _pngs.Clear();
        _pngs[(layout.Spec, scale)] = png;
        return png;
    }

    /// <summary>The badges of the promise in <paramref name="context"/>, each channel's worded in its own language.</summary>
    public static IReadOnlyList<ChannelBadge> Badges(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ChannelBadge.All(context.Promise, context.Platforms,
            channel => new BadgeMessages(ChannelLanguage.StringsOf(context.Templates.Templates, channel)));
    }
}
