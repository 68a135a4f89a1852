using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Bios;

namespace SslaPublisher.Rendering.Marketing;

/// <summary>The sections of the marketer's page, in page order: the one place a feature adds its section.</summary>
public static class MarketingSections
{
    /// <summary>Every built-in section.</summary>
    public static IReadOnlyList<IMarketingSection> Default() =>
    [
        new BioMarketingSection(),
        new BadgeMarketingSection(),
        new BannerMarketingSection(),
    ];
}
