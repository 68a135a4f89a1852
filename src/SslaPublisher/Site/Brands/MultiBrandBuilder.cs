using System.Collections.Concurrent;
using SslaPublisher.Definition;

namespace SslaPublisher.Site.Brands;

/// <summary>What happened to one brand in a multi-brand build.</summary>
public sealed record BrandBuildResult(string Slug, string Name, string Source, bool Reused, int Files, long Bytes);

/// <summary>
/// Builds every brand under an agency folder into <c>&lt;out&gt;/&lt;slug&gt;/</c>, in parallel, plus an index of
/// brands; brands whose inputs did not change since the last build are carried over instead of rendered again.
/// </summary>
/// <remarks>
/// All brands are loaded and validated first, so one run reports the problems of every file; any problem fails the
/// whole build and the previous output stays as it was. Each brand is written to the staging folder as soon as it
/// is built and then dropped, so memory holds a few brands at a time, not the whole agency.
/// </remarks>
public sealed class MultiBrandBuilder(SiteBuilder builder, PromiseLoader? loader = null)
{
    private readonly PromiseLoader _loader = loader ?? new PromiseLoader();

    /// <summary>Builds every brand under <paramref name="folder"/> into <paramref name="output"/>, replacing it atomically.</summary>
    /// <exception cref="DefinitionException">Some files are invalid, or two brands share a slug; all problems are listed.</exception>
    public IReadOnlyList<BrandBuildResult> Build(string folder, string output, MultiBrandBuildOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new MultiBrandBuildOptions();
        var loaded = BrandSet.Load(folder, options.IndexOnly ? BrandShard.All : options.Shard, options.Parallelism, _loader, cancellationToken);
        var promises = loaded.Promises;
        var templates = BrandFingerprint.OfTemplates(builder.Templates.Templates);
        var previous = options.UseCache ? BuildManifest.ReadOrEmpty(output) : BuildManifest.Empty;
        var entries = new ConcurrentDictionary<string, BuildManifest.Entry>(StringComparer.Ordinal);
        var results = new ConcurrentBag<BrandBuildResult>();

        using var staged = new StagedFolder(output);
        // A shard renders its share of the brands and no index; --index-only renders the index and no brand. A shard
        // loads and validates its own brands (of the others it reads the slug); --index-only loads every brand.
        var mine = options.IndexOnly ? [] : promises.Where(p => options.Shard.Contains(p.Brand.Slug)).ToList();
        Parallel.ForEach(mine, Limits(options.Parallelism, cancellationToken), promise =>
        {
            var slug = promise.Brand.Slug;
            var source = Path.GetRelativePath(Path.GetFullPath(folder), promise.SourcePath).Replace('\\', '/');
            // The notices in force at the build instant change bios, badges and banners as much as the file does.
            var fingerprint = BrandFingerprint.Of(promise, templates, noticesInForce: builder.AsOf is { } asOf ? PromiseInForce.Key(promise, asOf) : "");
            entries[slug] = new BuildManifest.Entry(source, fingerprint);
            // A brand folder without its site manifest (an older build) is rendered again so publishing can read it.
            if (previous.Brands.TryGetValue(slug, out var old) && old.Fingerprint == fingerprint
                && SiteManifest.ExistsIn(Path.Combine(staged.Target, slug)) && staged.CarryOver(slug))
            {
                results.Add(new BrandBuildResult(slug, promise.Brand.Name, source, Reused: true, 0, 0));
                return;
            }
            var site = builder.Build(promise, cancellationToken);
            staged.WriteAll(site, slug, cancellationToken);
            SiteManifest.Of(site, slug).WriteTo(Path.Combine(staged.StagingPath, slug));
            results.Add(new BrandBuildResult(slug, promise.Brand.Name, source, Reused: false, site.Files.Count, site.TotalBytes));
        });

        var ordered = results.OrderBy(r => r.Slug, StringComparer.Ordinal).ToList();
        var index = options.IndexOnly || !options.Shard.IsPartial ? BrandIndexPage.Render(builder.Templates, promises) : SiteContent.Empty;
        staged.WriteAll(index, cancellationToken: cancellationToken);
        // The brands built here, every brand of the agency, and which shard this is: publishing a shard touches
        // only its own brands, and takes only its own shard's lock.
        var shard = options.Shard.IsPartial && !options.IndexOnly ? options.Shard.ToString() : null;
        SiteManifest.Of(index, brands: mine.Select(p => p.Brand.Slug), agency: loaded.AgencySlugs, shard: shard)
            .WriteTo(staged.StagingPath);
        new BuildManifest(entries).WriteTo(staged.StagingPath);
        staged.Commit();
        return ordered;
    }

    private static ParallelOptions Limits(int parallelism, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
}

/// <summary>Options of a multi-brand build.</summary>
public sealed record MultiBrandBuildOptions
{
    /// <summary>Brands built at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Reuse the output of brands whose inputs did not change (default on).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Build only this share of the brands, and no index (default: every brand and the index).</summary>
    public BrandShard Shard { get; init; } = BrandShard.All;

    /// <summary>Build only the index of brands (the last step of a sharded build), no brand.</summary>
    public bool IndexOnly { get; init; }
}
