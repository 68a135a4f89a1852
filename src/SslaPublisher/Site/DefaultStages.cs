using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Agreement;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Pages;

namespace SslaPublisher.Site;

/// <summary>The list of build stages, in run order. Add a renderer here and every build runs it.</summary>
internal static class DefaultStages
{
    public static IReadOnlyList<ISiteRenderer> All() =>
    [
        new PagesRenderer(),
        new AgreementRenderer(),
        new BiosRenderer(),
        new BadgesRenderer(),
        new MarketingPageRenderer(),
        new BannersRenderer(),
    ];
}
