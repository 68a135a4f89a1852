using SslaPublisher.Definition;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Publishing;

/// <summary>Builds what a publish uploads, through the same code (and, for an agency, the same cache) as <c>ssla build</c>.</summary>
public static class PublishSources
{
    /// <summary>One brand, rendered in memory (also written to <paramref name="keepIn"/> when given).</summary>
    public static PublishSource ForBrand(Promise promise, SiteBuilder builder, string? keepIn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(builder);
        var site = builder.Build(promise, cancellationToken);
        if (keepIn is not null) FolderOutput.Write(site, keepIn, promise.Brand.Slug, cancellationToken);
        return PublishSource.FromSite(site, promise.Brand.Slug);
    }

    /// <summary>
    /// Every brand of <paramref name="agencyFolder"/>, built in parallel into <paramref name="buildFolder"/> (default:
    /// its <see cref="BuildCache"/> folder), reusing the brands whose inputs did not change, then read from there.
    /// </summary>
    /// <param name="agencyFolder">The agency's folder.</param>
    /// <param name="builder">The site builder (templates).</param>
    /// <param name="buildFolder">Where the build goes; null for the cache.</param>
    /// <param name="options">Parallelism and cache use of the build.</param>
    /// <param name="results">What happened to each brand.</param>
    /// <param name="cancellationToken">Stops the build (the previous build folder stays).</param>
    public static PublishSource ForAgency(string agencyFolder, SiteBuilder builder, string? buildFolder,
        MultiBrandBuildOptions options, out IReadOnlyList<BrandBuildResult> results, CancellationToken cancellationToken = default)
    {
        var folder = buildFolder ?? BuildCache.FolderFor(agencyFolder);
        results = new MultiBrandBuilder(builder).Build(agencyFolder, folder, options, cancellationToken);
        return PublishSource.FromFolder(folder);
    }
}
