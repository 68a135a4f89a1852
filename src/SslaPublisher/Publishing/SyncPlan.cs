using SslaPublisher.Site;

namespace SslaPublisher.Publishing;

/// <summary>
/// The difference between a built site and what a target already holds: which files to upload, in which order,
/// which are unchanged, which to delete. Pure: no I/O (local MD5s are read from the files, which hash themselves),
/// so it is the same for a dry run and a real one.
/// </summary>
/// <remarks>
/// Files are compared by MD5 and size (like <c>azcopy sync --compare-hash=MD5</c>), never by timestamps: a fresh
/// build produces the same bytes, so a republish uploads nothing. Uploads are ordered assets first, pages
/// (HTML, JSON) last — for an agency, its index pages after every brand's — and deletes come after every upload,
/// so a reader never gets a page whose assets are missing, nor an index linking to a brand not there yet.
/// </remarks>
public sealed class SyncPlan
{
    /// <summary>The file every brand site has (see the pages renderer); a folder holding one is a brand's site.</summary>
    public const string BrandMarker = "ssla.json";

    private readonly bool _agency;

    private SyncPlan(string prefix, bool agency, IReadOnlyList<SyncItem> uploads, IReadOnlyList<SyncItem> unchanged,
        IReadOnlyList<SyncItem> deletes, IReadOnlyList<SyncItem> leftOut, IReadOnlyList<GoneBrand> goneBrands)
    {
        Prefix = prefix;
        _agency = agency;
        Uploads = uploads;
        Unchanged = unchanged;
        Deletes = deletes;
        LeftOut = leftOut;
        GoneBrands = goneBrands;
    }

    /// <summary>The prefix every name in the plan starts with.</summary>
    public string Prefix { get; }

    /// <summary>New and changed files, assets before pages (an agency's index pages last), each group in ordinal name order.</summary>
    public IReadOnlyList<SyncItem> Uploads { get; }

    /// <summary>Files the target already has byte for byte.</summary>
    public IReadOnlyList<SyncItem> Unchanged { get; }

    /// <summary>Files to remove after every upload; empty unless <see cref="SyncPlanOptions.Delete"/>.</summary>
    public IReadOnlyList<SyncItem> Deletes { get; }

    /// <summary>Internal files not published.</summary>
    public IReadOnlyList<SyncItem> LeftOut { get; }

    /// <summary>
    /// Brands online under an agency's prefix that the agency no longer has, whether or not this plan deletes them
    /// (it does with <see cref="SyncPlanOptions.Delete"/>); empty for one brand.
    /// </summary>
    public IReadOnlyList<GoneBrand> GoneBrands { get; }

    /// <summary>Bytes the uploads send.</summary>
    public long UploadBytes => Uploads.Sum(u => u.Size);

    /// <summary>The uploads that are assets (go first).</summary>
    public IEnumerable<SyncItem> AssetUploads => Uploads.Where(u => !IsPage(u.Name));

    /// <summary>The uploads that are pages (go after every asset).</summary>
    public IEnumerable<SyncItem> PageUploads => Uploads.Where(u => IsPage(u.Name));

    /// <summary>
    /// The work in the order it must happen, each phase finished before the next starts: assets; pages; an
    /// agency's own pages (the index of brands); deletes; and last the marker of each gone brand, so a delete that
    /// stops halfway still leaves the brand recognisable for the next run to finish.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SyncItem>> Phases =>
    [
        [.. AssetUploads],
        [.. PageUploads.Where(u => !IsAgencyRoot(u.Name))],
        [.. PageUploads.Where(u => IsAgencyRoot(u.Name))],
        [.. Deletes.Where(d => !IsGoneMarker(d.Name))],
        [.. Deletes.Where(d => IsGoneMarker(d.Name))],
    ];

    /// <summary>Every item in the order a dry run prints it: uploads, deletes, left out, unchanged.</summary>
    public IEnumerable<SyncItem> All => Uploads.Concat(Deletes).Concat(LeftOut).Concat(Unchanged);

    /// <summary>Pages are what readers open and what link to assets: they are uploaded last.</summary>
    public static bool IsPage(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".html" or ".htm" or ".json";

    /// <summary>Diffs <paramref name="site"/> against <paramref name="remote"/> (the listing under the prefix).</summary>
    public static SyncPlan Create(SiteContent site, IEnumerable<RemoteFile> remote, SyncPlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Create(site.Files.Values.Select(f => PublishFile.InMemory(f)), remote, options);
    }

    /// <summary>Diffs <paramref name="files"/> (paths relative to the prefix) against <paramref name="remote"/> (the listing under the prefix).</summary>
    public static SyncPlan Create(IEnumerable<PublishFile> files, IEnumerable<RemoteFile> remote, SyncPlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = PublishPrefix.Normalize(options.Prefix);

        // A listing is asked for under the prefix, but a target might return more: never act outside it (a shard:
        // outside its brands' folders). The publish lock is ssla's own and never part of a site.
        // A shard's own manifest also names the folders of its brands that left the agency since: those are its to
        // prune (never a brand the agency still has, which another shard owns).
        var owned = options.BrandsOnly ? new HashSet<string>(options.Brands ?? [], StringComparer.Ordinal) : null;
        var agencyBrands = new HashSet<string>(options.AgencyBrands ?? options.Brands ?? [], StringComparer.Ordinal);
        var there = new Dictionary<string, RemoteFile>(StringComparer.Ordinal);
        foreach (var r in remote)
            if (r.Name.StartsWith(prefix, StringComparison.Ordinal) && !PublishLock.IsLockName(r.Name) && !ShardManifest.IsManifestName(r.Name)
                && (owned is null || FirstFolder(prefix, r.Name) is { } folder
                    && (owned.Contains(folder) || (options.FromShardManifest && !agencyBrands.Contains(folder))))) there[r.Name] = r;

        var uploads = new List<SyncItem>();
        var unchanged = new List<SyncItem>();
        var leftOut = new List<SyncItem>();
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var name = prefix + file.Path;
            var md5 = file.Md5;
            if (file.Visibility == SiteFileVisibility.Internal && !options.IncludeInternal)
            {
                leftOut.Add(new SyncItem(name, SyncAction.LeftOutInternal, file, md5, file.Size));
                continue;
            }
            published.Add(name);
            if (!there.TryGetValue(name, out var existing))
                uploads.Add(new SyncItem(name, SyncAction.UploadNew, file, md5, file.Size));
            else if (existing.Size == file.Size && existing.Md5 is { } remoteMd5 && remoteMd5.AsSpan().SequenceEqual(md5))
                unchanged.Add(new SyncItem(name, SyncAction.Unchanged, file, md5, file.Size));
            else
                uploads.Add(new SyncItem(name, SyncAction.UploadChanged, file, md5, file.Size));
        }

        var scope = new DeleteScope(prefix, options.Brands, options.AgencyBrands ?? options.Brands, there.Keys);
        var stale = there.Values.Where(r => !published.Contains(r.Name) && scope.Contains(r.Name)).ToList();
        var gone = stale
            .Select(r => (Folder: scope.GoneBrandOf(r.Name), r.Size))
            .Where(g => g.Folder is not null)
            .GroupBy(g => g.Folder!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GoneBrand(g.Key, g.Count(), g.Sum(x => x.Size)))
            .ToList();

        // With --delete the target ends up holding exactly what is published: that includes removing an internal
        // file an earlier --include-agreement run put there, rather than leaving it readable.
        var deletes = options.Delete
            ? stale.OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new SyncItem(r.Name, SyncAction.Delete, null, null, r.Size))
                .ToList()
            : [];

        var agency = options.Brands is not null;
        var ordered = uploads
            .OrderBy(u => IsPage(u.Name))
            .ThenBy(u => agency && IsPage(u.Name) && IsDirectlyUnder(prefix, u.Name))
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
        var deleted = new HashSet<string>(deletes.Select(d => d.Name), StringComparer.Ordinal);
        var remaining = there.Values.Where(r => !published.Contains(r.Name) && !deleted.Contains(r.Name))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        return new SyncPlan(prefix, agency, ordered, unchanged, deletes, leftOut, gone) { Remaining = remaining };
    }

    /// <summary>
    /// Files at the target in this plan's reach that it neither publishes nor deletes (without --delete, what the
    /// site no longer has): with the published files, what the target holds once the plan has run.
    /// </summary>
    public IReadOnlyList<RemoteFile> Remaining { get; private init; } = [];

    /// <summary>Whether carrying the plan out changes anything at the target.</summary>
    public bool ChangesAnything => Uploads.Count + Deletes.Count > 0;

    private bool IsAgencyRoot(string name) => _agency && IsDirectlyUnder(Prefix, name);

    private bool IsGoneMarker(string name) =>
        GoneBrands.Any(g => string.Equals(name, $"{Prefix}{g.Slug}/{BrandMarker}", StringComparison.Ordinal));

    private static bool IsDirectlyUnder(string prefix, string name) => name.IndexOf('/', prefix.Length) < 0;

    // The first folder below the prefix, or null for a file directly under it.
    private static string? FirstFolder(string prefix, string name)
    {
        var slash = name.IndexOf('/', prefix.Length);
        return slash < 0 ? null : name[prefix.Length..slash];
    }

    /// <summary>Which remote files under the prefix a sync may delete.</summary>
    private sealed class DeleteScope
    {
        private readonly string _prefix;
        private readonly HashSet<string>? _brands;
        private readonly HashSet<string> _gone = new(StringComparer.Ordinal);

        public DeleteScope(string prefix, IReadOnlyCollection<string>? brands, IReadOnlyCollection<string>? agency, IEnumerable<string> remoteNames)
        {
            _prefix = prefix;
            if (brands is null) return;
            _brands = new HashSet<string>(brands, StringComparer.Ordinal);
            var all = new HashSet<string>(agency ?? brands, StringComparer.Ordinal);
            foreach (var name in remoteNames)
            {
                var folder = FolderOf(name);
                if (folder is not null && !all.Contains(folder)
                    && string.Equals(name, $"{prefix}{folder}/{BrandMarker}", StringComparison.Ordinal))
                    _gone.Add(folder);
            }
        }

        /// <summary>One brand: everything under the prefix. An agency: its brands' folders and gone brands' folders.</summary>
        public bool Contains(string name) =>
            _brands is null || (FolderOf(name) is { } folder && (_brands.Contains(folder) || _gone.Contains(folder)));

        public string? GoneBrandOf(string name) => FolderOf(name) is { } folder && _gone.Contains(folder) ? folder : null;

        private string? FolderOf(string name) => FirstFolder(_prefix, name);
    }
}
