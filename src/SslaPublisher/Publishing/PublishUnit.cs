using SslaPublisher.Definition;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Publishing;

/// <summary>One site to sync under one prefix: a brand, or the index of an agency's brands.</summary>
/// <param name="Label">What it is, for progress lines (a brand's slug, or "index").</param>
/// <param name="Site">The files.</param>
/// <param name="Options">Prefix, delete and internal-file rules for this site.</param>
public sealed record PublishUnit(string Label, SiteContent Site, SyncPlanOptions Options)
{
    /// <summary>One brand published under <paramref name="prefix"/>.</summary>
    public static PublishUnit ForBrand(Promise promise, SiteContent site, string prefix, bool delete, bool includeInternal) =>
        new(promise.Brand.Slug, site, new SyncPlanOptions { Prefix = PublishPrefix.Normalize(prefix), Delete = delete, IncludeInternal = includeInternal });

    /// <summary>
    /// Every brand of an agency under <c>&lt;rootPrefix&gt;&lt;slug&gt;/</c>, built one at a time as the sequence is
    /// read (memory holds one brand, not the agency), then the index of brands at the root prefix.
    /// </summary>
    /// <remarks>
    /// The index comes last, so it never links to a brand that is not there yet; it is published without deletes,
    /// because everything else under the root prefix belongs to the brands (each pruned under its own prefix).
    /// </remarks>
    public static IEnumerable<PublishUnit> ForAgency(IReadOnlyList<Promise> promises, SiteBuilder builder, string rootPrefix,
        bool delete, bool includeInternal)
    {
        var root = PublishPrefix.Normalize(rootPrefix);
        foreach (var promise in promises)
            yield return ForBrand(promise, builder.Build(promise), $"{root}{promise.Brand.Slug}/", delete, includeInternal);
        yield return new PublishUnit("index", BrandIndexPage.Render(builder.Templates, promises),
            new SyncPlanOptions { Prefix = root, Delete = false, IncludeInternal = false });
    }
}
