using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// Renders <c>banners/&lt;channel-id&gt;.png</c> for every channel whose platform has a banner in the catalog, and the
/// brand's share image <c>og.png</c>, from the layouts under <c>templates/banners/</c>.
/// </summary>
/// <remarks>
/// A channel's layout is the one its <c>banner.layout</c> (else the brand's, else <c>solid</c>) names:
/// <c>banners/&lt;layout&gt;-&lt;platform&gt;.yaml</c> when the template set has one, else <c>banners/&lt;layout&gt;.yaml</c>;
/// the share image uses <c>banners/og.yaml</c>. Fonts load on the first banner, so a build with no banner to draw
/// needs none.
/// </remarks>
public sealed class BannersRenderer : ISiteRenderer, IDisposable
{
    /// <summary>The share image's path at the site root.</summary>
    public const string ShareImagePath = "og.png";

    private readonly Lazy<BannerPainter> _painter;
    private readonly LogoCache _logos = new();
    private readonly ConcurrentDictionary<string, BannerLayout> _layouts = new(StringComparer.Ordinal);

    /// <summary>Creates the renderer; <paramref name="shaper"/> defaults to one over <see cref="FontLibrary.Default"/>.</summary>
    public BannersRenderer(TextShaper? shaper = null) =>
        _painter = new Lazy<BannerPainter>(() => new BannerPainter(shaper ?? TextShaper.Default));

    /// <inheritdoc />
    public string Name => "banners";

    /// <inheritdoc />
    public bool StatesPromiseAsOf => true;

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        var promise = context.Promise;
        // Each channel's banner speaks the channel's language; the share image the brand's first.
        var shareStrings = UiStrings.Load(context.Templates.Templates,
            promise.Brand.Languages.FirstOrDefault(l => UiStrings.Exists(context.Templates.Templates, l)) ?? UiStrings.FallbackLanguage);
        var logo = _logos.Get(promise.Brand.Logo, context.Files);
        // What each banner says and how it is laid out is settled here, in channel order (so a bad layout name is
        // reported as before); the drawing and encoding, most of the stage, then run in parallel.
        var banners = new List<Func<SiteFile>>();
        foreach (var channel in promise.Channels)
        {
            var platform = context.Platforms[channel.Platform];
            if (platform.Banner is not { } nominal) continue;
            // Drawn at the catalog's scale (Facebook 2x), so phones that enlarge the cover get pixels, not blur.
            var spec = nominal.AtScale();
            var path = PathOf(channel);
            var choice = channel.Banner;
            var layout = LayoutFor(context.Templates.Templates, $"banners/{choice.Layout}-{platform.Key}.yaml", $"banners/{choice.Layout}.yaml",
                ReferenceEquals(choice, promise.Brand.Banner) ? "brand.banner.layout" : $"channels[{channel.Id}].banner.layout");
            var model = BannerModel.ForChannel(promise, channel, context.Platforms, ChannelLanguage.StringsOf(context.Templates.Templates, channel));
            var art = new BannerArt(promise.Brand.Colors, logo, _logos.Get(choice.Image, context.Files), choice.FocalX, choice.FocalY, promise.Brand.Slug);
            var what = $"{path} ({platform.DisplayName} {spec.Width}x{spec.Height})";
            banners.Add(() => new SiteFile(path, BannerImage.RenderPng(_painter.Value, spec, layout, model, art, what), "image/png"));
        }
        var share = context.Platforms.ShareImage;
        var ogLayout = LayoutFor(context.Templates.Templates, "banners/og.yaml", "banners/og.yaml", "banners/og.yaml");
        var ogModel = BannerModel.ForShareImage(promise, context.Platforms, shareStrings);
        banners.Add(() => new SiteFile(ShareImagePath, BannerImage.RenderPng(_painter.Value, share, ogLayout, ogModel, promise.Brand.Colors, logo,
            $"{ShareImagePath} (share image {share.Width}x{share.Height})"), "image/png"));
        return InParallel(banners);
    }

    // Runs the banners on idle cores, as the badge PNGs are (in an agency build the cores are busy with other brands
    // and the loop runs on the calling thread). Files keep their order; of several failures the first banner's is
    // thrown, as a sequential run would have.
    private static SiteFile[] InParallel(List<Func<SiteFile>> banners)
    {
        var files = new SiteFile[banners.Count];
        var failures = new Exception?[banners.Count];
        Parallel.For(0, banners.Count, i =>
        {
            try
            {
                files[i] = banners[i]();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } first) ExceptionDispatchInfo.Capture(first).Throw();
        return files;
    }

    /// <summary>Where a channel's banner is written: <c>banners/&lt;channel-id&gt;.png</c>.</summary>
    public static string PathOf(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return $"banners/{channel.Id}.png";
    }

    /// <summary>The layout at <paramref name="preferred"/> when the set has it, else at <paramref name="fallback"/>.</summary>
    /// <exception cref="BannerException">The set has neither (a layout name with no file; <paramref name="field"/> names where it was chosen).</exception>
    private BannerLayout LayoutFor(TemplateSet templates, string preferred, string fallback, string field)
    {
        var relative = templates.Exists(preferred) ? preferred : fallback;
        if (!templates.Exists(relative))
            throw new BannerException($"{field}: there is no layout file {relative}; the built-in layouts are " +
                $"{string.Join(", ", Definition.BannerChoice.BuiltInLayouts)}, or add the file to your templates folder");
        var file = templates.Open(relative);
        return _layouts.GetOrAdd(file.Name, _ => BannerLayoutReader.Read(file.Text, file.Name));
    }

    /// <inheritdoc />
    public void Dispose() => _logos.Dispose();
}
