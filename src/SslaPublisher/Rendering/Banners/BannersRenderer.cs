using System.Collections.Concurrent;
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
/// A platform's layout is <c>banners/&lt;platform&gt;.yaml</c> when the template set has one, else
/// <c>banners/banner.yaml</c>; the share image uses <c>banners/og.yaml</c>. Fonts load on the first banner, so a
/// build with no banner to draw needs none.
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
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        var promise = context.Promise;
        // Banners are in English until the banner language is chosen per channel.
        var strings = UiStrings.Load(context.Templates.Templates, UiStrings.FallbackLanguage);
        var logo = _logos.Get(promise.Brand.Logo);
        var files = new List<SiteFile>();
        foreach (var channel in promise.Channels)
        {
            var platform = context.Platforms[channel.Platform];
            if (platform.Banner is not { } spec) continue;
            var path = $"banners/{channel.Id}.png";
            var layout = LayoutFor(context.Templates.Templates, $"banners/{platform.Key}.yaml", "banners/banner.yaml");
            var model = BannerModel.ForChannel(promise, channel, context.Platforms, strings);
            var png = BannerImage.RenderPng(_painter.Value, spec, layout, model, promise.Brand.Colors, logo,
                $"{path} ({platform.DisplayName} {spec.Width}x{spec.Height})");
            files.Add(new SiteFile(path, png, "image/png"));
        }
        var share = context.Platforms.ShareImage;
        var ogLayout = LayoutFor(context.Templates.Templates, "banners/og.yaml", "banners/og.yaml");
        var ogPng = BannerImage.RenderPng(_painter.Value, share, ogLayout, BannerModel.ForShareImage(promise, context.Platforms, strings),
            promise.Brand.Colors, logo, $"{ShareImagePath} (share image {share.Width}x{share.Height})");
        files.Add(new SiteFile(ShareImagePath, ogPng, "image/png"));
        return files;
    }

    /// <summary>The layout at <paramref name="preferred"/> when the set has it, else at <paramref name="fallback"/>.</summary>
    private BannerLayout LayoutFor(TemplateSet templates, string preferred, string fallback)
    {
        var relative = templates.List("banners").Contains(preferred, StringComparer.Ordinal) ? preferred : fallback;
        var full = templates.Resolve(relative);
        return _layouts.GetOrAdd(full, f => BannerLayoutReader.Read(File.ReadAllText(f), f));
    }

    /// <inheritdoc />
    public void Dispose() => _logos.Dispose();
}
