using SslaPublisher.Site;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Publishing;

/// <summary>What one publish uploads: a brand's site, or an agency's brands (each under its slug) and their index.</summary>
/// <remarks>
/// An agency is one source, not one per brand: it is listed once under its prefix and planned as a whole, which is
/// also how <c>--delete</c> finds brands that are gone (see <see cref="SyncPlanOptions.Brands"/>).
/// </remarks>
public sealed class PublishSource
{
    private PublishSource(IReadOnlyList<PublishFile> files, string? slug, IReadOnlyList<string>? brands, IReadOnlyList<string>? agencyBrands = null,
        BrandShard? shard = null)
    {
        Files = files;
        Slug = slug;
        Brands = brands;
        AgencyBrands = agencyBrands ?? brands;
        Shard = shard;
    }

    /// <summary>Every file, paths relative to the publish prefix.</summary>
    public IReadOnlyList<PublishFile> Files { get; }

    /// <summary>The brand's slug (its default prefix) for one brand; null for an agency or an unnamed site.</summary>
    public string? Slug { get; }

    /// <summary>For an agency, the slugs of its brands (each published under <c>&lt;prefix&gt;&lt;slug&gt;/</c>); null for one brand.</summary>
    public IReadOnlyList<string>? Brands { get; }

    /// <summary>
    /// For an agency, all its brands: more than <see cref="Brands"/> when this is one shard of a sharded build, whose
    /// other brands are neither pruned nor taken for gone.
    /// </summary>
    public IReadOnlyList<string>? AgencyBrands { get; }

    /// <summary>
    /// Which shard of a sharded agency build this is (its brands and no index: the <c>--index-only</c> step has
    /// that), as its build's manifest says; null for anything else. A shard publishes its brands' folders and
    /// nothing else, under its own lock (see <see cref="PublishLock.ShardPrefix"/>).
    /// </summary>
    public BrandShard? Shard { get; }

    /// <summary>Whether this is one shard of a sharded agency build (<see cref="Shard"/>).</summary>
    public bool IsShard => Shard is not null;

    /// <summary>
    /// An agency's index alone (<c>--index-only</c>): none of its brands, and the agency's brands named so gone ones
    /// can be pruned.
    /// </summary>
    public bool IsIndexOnly => !IsShard && Brands is { Count: 0 } && AgencyBrands is { Count: > 0 };

    /// <summary>A site rendered in memory.</summary>
    public static PublishSource FromSite(SiteContent site, string? slug = null) =>
        new([.. site.Files.Values.Select(f => PublishFile.InMemory(f))], slug, null);

    /// <summary>An agency rendered in memory: each brand's site under its slug, and the index at the root.</summary>
    public static PublishSource FromSites(IReadOnlyDictionary<string, SiteContent> brands, SiteContent index) =>
        new([.. index.Files.Values.Select(f => PublishFile.InMemory(f))
            .Concat(brands.SelectMany(b => b.Value.Files.Values.Select(f => PublishFile.InMemory(f, b.Key))))],
            null, [.. brands.Keys.Order(StringComparer.Ordinal)]);

    /// <summary>A folder written by <c>ssla build</c> (one brand or an agency), read through its <see cref="SiteManifest"/>s.</summary>
    /// <exception cref="BuiltFolderException">
    /// The folder is missing, it (or a brand folder in it) has no readable manifest, or a manifest names a missing file.
    /// </exception>
    public static PublishSource FromFolder(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root)) throw new BuiltFolderException($"{folder}: no such folder");
        try
        {
            return ReadFolder(root);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BuiltFolderException(e.Message, e);
        }
    }

    private static PublishSource ReadFolder(string root)
    {
        var manifest = SiteManifest.ReadFrom(root);
        var files = Read(root, manifest, under: null).ToList();
        if (manifest.Brands is null) return new PublishSource(files, manifest.Slug, null);

        var brands = manifest.Brands.Select(SafeSlug).ToList();
        foreach (var slug in brands)
            files.AddRange(Read(Path.Combine(root, slug), SiteManifest.ReadFrom(Path.Combine(root, slug)), slug));
        return new PublishSource(files, null, brands, manifest.Agency?.Select(SafeSlug).ToList(), ShardOf(manifest));
    }

    private static IEnumerable<PublishFile> Read(string folder, SiteManifest manifest, string? under) =>
        manifest.Files.Select(entry =>
        {
            // The manifest is read from disk: its paths are checked like any other before they name a file.
            var path = Checked(entry.Path, folder);
            return PublishFile.OnDisk(Path.Combine(folder, path), under is null ? path : $"{under}/{path}", entry);
        });

    private static BrandShard? ShardOf(SiteManifest manifest) =>
        manifest.Shard is null ? null
        : BrandShard.TryParse(manifest.Shard, out _) is { IsPartial: true } shard ? shard
        : throw new InvalidDataException($"{SiteManifest.FileName}: shard '{manifest.Shard}' is not i/n: build the folder again");

    private static string SafeSlug(string slug) =>
        slug.Contains('/', StringComparison.Ordinal) || slug.Contains('\\', StringComparison.Ordinal)
            ? throw new InvalidDataException($"{SiteManifest.FileName}: brand '{slug}' is not a single folder name: build the folder again")
            : Checked(slug, ".");

    private static string Checked(string path, string folder)
    {
        try
        {
            return SitePath.Normalize(path);
        }
        catch (ArgumentException)
        {
            throw new InvalidDataException($"{Path.Combine(folder, SiteManifest.FileName)}: unsafe path '{path}': build the folder again");
        }
    }
}
