using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Agreement;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Pages;

namespace SslaPublisher.Site;

/// <summary>The list of build stages, in run order. Add a renderer here and every build runs it.</summary>
/// <remarks>
/// The order changes no output (files are kept by path). It decides which stage a one-brand build starts first when
/// it runs them at once (<see cref="SiteBuilder.BuildStagesAtOnce"/>): the banners, one of the longest stages and one
/// that encodes its images on every core, so it does not run on alone at the end (the example build 2–4 % faster in
/// interleaved runs, docs/BENCHMARKS.md); then the rest, longest first.
/// </remarks>
internal static class DefaultStages
{
    public static IReadOnlyList<ISiteRenderer> All() =>
    [
        new BannersRenderer(),
        new PagesRenderer(),
        new AgreementRenderer(),
        new BadgesRenderer(),
        new BiosRenderer(),
        new MarketingPageRenderer(),
    ];
}
