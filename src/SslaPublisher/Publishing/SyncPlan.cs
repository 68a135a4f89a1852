using System.Security.Cryptography;
using SslaPublisher.Site;

namespace SslaPublisher.Publishing;

/// <summary>
/// The difference between a built site and what a target already holds: which files to upload, in which order,
/// which are unchanged, which to delete. Pure: no I/O, so it is the same for a dry run and a real one.
/// </summary>
/// <remarks>
/// Files are compared by MD5 and size (like <c>azcopy sync --compare-hash=MD5</c>), never by timestamps: a fresh
/// build produces the same bytes, so a republish uploads nothing. Uploads are ordered assets first, pages
/// (HTML, JSON) last, and deletes come after every upload, so a reader never gets a page whose assets are
/// missing — neither new assets not yet there nor old ones already gone.
/// </remarks>
public sealed class SyncPlan
{
    private SyncPlan(string prefix, IReadOnlyList<SyncItem> uploads, IReadOnlyList<SyncItem> unchanged,
        IReadOnlyList<SyncItem> deletes, IReadOnlyList<SyncItem> leftOut)
    {
        Prefix = prefix;
        Uploads = uploads;
        Unchanged = unchanged;
        Deletes = deletes;
        LeftOut = leftOut;
    }

    /// <summary>The prefix every name in the plan starts with.</summary>
    public string Prefix { get; }

    /// <summary>New and changed files, assets before pages, each group in ordinal name order.</summary>
    public IReadOnlyList<SyncItem> Uploads { get; }

    /// <summary>Files the target already has byte for byte.</summary>
    public IReadOnlyList<SyncItem> Unchanged { get; }

    /// <summary>Files to remove after every upload; empty unless <see cref="SyncPlanOptions.Delete"/>.</summary>
    public IReadOnlyList<SyncItem> Deletes { get; }

    /// <summary>Internal files not published.</summary>
    public IReadOnlyList<SyncItem> LeftOut { get; }

    /// <summary>Bytes the uploads send.</summary>
    public long UploadBytes => Uploads.Sum(u => u.Size);

    /// <summary>The uploads that are assets (go first).</summary>
    public IEnumerable<SyncItem> AssetUploads => Uploads.Where(u => !IsPage(u.Name));

    /// <summary>The uploads that are pages (go after every asset).</summary>
    public IEnumerable<SyncItem> PageUploads => Uploads.Where(u => IsPage(u.Name));

    /// <summary>Every item in the order a dry run prints it: uploads, deletes, left out, unchanged.</summary>
    public IEnumerable<SyncItem> All => Uploads.Concat(Deletes).Concat(LeftOut).Concat(Unchanged);

    /// <summary>Pages are what readers open and what link to assets: they are uploaded last.</summary>
    public static bool IsPage(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".html" or ".htm" or ".json";

    /// <summary>Diffs <paramref name="site"/> against <paramref name="remote"/> (the listing under the prefix).</summary>
    public static SyncPlan Create(SiteContent site, IEnumerable<RemoteFile> remote, SyncPlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(options);
        var prefix = PublishPrefix.Normalize(options.Prefix);

        // A listing is asked for under the prefix, but a target might return more: never act outside it.
        var there = new Dictionary<string, RemoteFile>(StringComparer.Ordinal);
        foreach (var r in remote)
            if (r.Name.StartsWith(prefix, StringComparison.Ordinal)) there[r.Name] = r;

        var uploads = new List<SyncItem>();
        var unchanged = new List<SyncItem>();
        var leftOut = new List<SyncItem>();
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in site.Files.Values)
        {
            var name = prefix + file.Path;
            var md5 = MD5.HashData(file.Content.Span);
            if (file.Visibility == SiteFileVisibility.Internal && !options.IncludeInternal)
            {
                leftOut.Add(new SyncItem(name, SyncAction.LeftOutInternal, file, md5, file.Content.Length));
                continue;
            }
            published.Add(name);
            if (!there.TryGetValue(name, out var existing))
                uploads.Add(new SyncItem(name, SyncAction.UploadNew, file, md5, file.Content.Length));
            else if (existing.Size == file.Content.Length && existing.Md5 is { } remoteMd5 && remoteMd5.AsSpan().SequenceEqual(md5))
                unchanged.Add(new SyncItem(name, SyncAction.Unchanged, file, md5, file.Content.Length));
            else
                uploads.Add(new SyncItem(name, SyncAction.UploadChanged, file, md5, file.Content.Length));
        }

        // With --delete the target ends up holding exactly what is published: that includes removing an internal
        // file an earlier --include-agreement run put there, rather than leaving it readable.
        var deletes = options.Delete
            ? there.Values.Where(r => !published.Contains(r.Name))
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new SyncItem(r.Name, SyncAction.Delete, null, null, r.Size))
                .ToList()
            : [];

        var ordered = uploads
            .OrderBy(u => IsPage(u.Name))
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
        return new SyncPlan(prefix, ordered, unchanged, deletes, leftOut);
    }
}
