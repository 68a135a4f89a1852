using Azure;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Publishing;

/// <summary>How a publish learnt what the target holds: from a shard's manifest, or by listing (and why).</summary>
/// <param name="FromManifest">True when the shard's <see cref="ShardManifest"/> was read and no listing was made.</param>
/// <param name="Reason">Why a shard listed (no manifest yet, <c>--verify</c>, a manifest for another shard…); null otherwise.</param>
/// <param name="Shard">The shard, or null for a publish that is not one (which always lists).</param>
public sealed record RemoteSource(bool FromManifest, string? Reason, BrandShard? Shard)
{
    /// <summary>A publish that is no shard: it lists.</summary>
    public static RemoteSource Listing { get; } = new(false, null, null);
}

/// <summary>
/// The remote side of a plan: a shard's manifest when it has a good one (one request), else a listing
/// (<see cref="RemoteListing"/>); and, after a sync, keeping the manifests true.
/// </summary>
/// <remarks>
/// <para>Against Azurite every List Blobs request scans every blob of the account, so a shard listing its 2,500
/// brand folders made 2,500 scans; against Azure it is still one request per folder. A shard's manifest replaces
/// all of them with one read. It is trusted only when it is this shard's (same <c>i/n</c>, same prefix) and of this
/// format version; anything else, or a failure to read it (time-outs included), means a listing, and the
/// publish says why. The listing is also what <c>--verify</c> forces.</para>
/// <para>Keeping it true: before its first change a shard deletes its manifest (and those of other shard counts,
/// which describe the same folders); an unsharded publish or the index step deletes every shard's manifest before
/// it changes a brand's folder; the new manifest is written after the last change.</para>
/// </remarks>
public static class RemoteState
{
    /// <summary>Content-Type of a stored manifest.</summary>
    public const string ManifestContentType = "application/gzip";

    /// <summary>What the target holds in the plan's reach, and how that was learnt.</summary>
    /// <param name="target">Where.</param>
    /// <param name="options">The plan's options (prefix, a shard's brands).</param>
    /// <param name="shard">The shard, or null.</param>
    /// <param name="verify">List even when a manifest is there (<c>--verify</c>).</param>
    /// <param name="parallelism">Brand folders listed at once.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async Task<(IReadOnlyList<RemoteFile> Files, RemoteSource Source, byte[]? ManifestBytes)> ReadAsync(ISiteTarget target,
        SyncPlanOptions options, BrandShard? shard, bool verify, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (shard is null) return (await RemoteListing.ListAsync(target, options, parallelism, cancellationToken).ConfigureAwait(false), RemoteSource.Listing, null);

        var (manifest, bytes, reason) = verify ? (null, null, "--verify") : await TryReadAsync(target, options.Prefix, shard, cancellationToken).ConfigureAwait(false);
        if (manifest is not null) return ([.. manifest.ToRemote()], new RemoteSource(true, null, shard), bytes);
        var listed = await RemoteListing.ListAsync(target, options, parallelism, cancellationToken).ConfigureAwait(false);
        return (listed, new RemoteSource(false, reason, shard), null);
    }

    private static async Task<(ShardManifest? Manifest, byte[]? Bytes, string Reason)> TryReadAsync(ISiteTarget target, string prefix, BrandShard shard,
        CancellationToken cancellationToken)
    {
        byte[]? bytes;
        try
        {
            bytes = await target.ReadAsync(ShardManifest.NameFor(prefix, shard), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The listing is the truth the manifest stands in for: a read that fails (after the SDK's retries) costs
            // time, not correctness. If the storage is really gone, the listing fails next, with its own message.
            return (null, null, $"its manifest could not be read ({Describe(e)})");
        }
        if (bytes is null) return (null, null, "no manifest yet");
        var manifest = ShardManifest.TryParse(bytes, prefix, shard, out var problem);
        return (manifest, bytes, manifest is null ? $"its manifest is not used: {problem}" : "");
    }

    // Short, and never the SDK's whole message (which quotes request headers).
    private static string Describe(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is RequestFailedException { Status: > 0 } failed)
                return $"HTTP {failed.Status}{(failed.ErrorCode is { } code ? " " + code : "")}";
            if (inner is OperationCanceledException or TimeoutException) return "timed out";
        }
        return e is AggregateException { InnerExceptions.Count: > 0 } all ? Describe(all.InnerExceptions[^1]) : e.GetType().Name;
    }

    /// <summary>
    /// Before a plan changes anything: removes the manifests that the change would make untrue. A shard removes its
    /// own and those of other shard counts; another agency publish that touches a brand's folder removes them all.
    /// </summary>
    public static async Task InvalidateAsync(ISiteTarget target, SyncPlan plan, SyncPlanOptions options, BrandShard? shard,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        if (!plan.ChangesAnything || options.Brands is null) return;
        if (shard is null && !TouchesBrandFolders(plan, options)) return;
        if (shard is not null) await target.DeleteAsync(ShardManifest.NameFor(plan.Prefix, shard), cancellationToken).ConfigureAwait(false);
        var stale = new List<string>();
        await foreach (var file in target.ListAsync(plan.Prefix + PublishLock.ShardLocks, cancellationToken).ConfigureAwait(false))
            if (ShardManifest.CountOf(file.Name) is { } count && (shard is null || count != shard.Count)) stale.Add(file.Name);
        foreach (var name in stale) await target.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a shard's plan has run in full: stores what the target now holds, unless the manifest read says so already.</summary>
    public static async Task WriteAsync(ISiteTarget target, SyncPlan plan, BrandShard shard, byte[]? previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(shard);
        var published = plan.Uploads.Concat(plan.Unchanged)
            .Select(i => (i.Name, i.Md5!, i.Size, (string?)i.File!.ContentType, (string?)i.File.CacheControl));
        var kept = plan.Remaining.Where(r => r.Md5 is not null).Select(r => (r.Name, r.Md5!, r.Size, (string?)null, (string?)null));
        var bytes = ShardManifest.Of(plan.Prefix, shard, published.Concat(kept)).ToBytes();
        if (previous is not null && bytes.AsSpan().SequenceEqual(previous)) return;
        await target.UploadAsync(ShardManifest.NameFor(plan.Prefix, shard),
            new UploadContent(bytes, Md5Of(bytes), ManifestContentType, "no-store"), cancellationToken).ConfigureAwait(false);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351",
        Justification = "MD5 is Blob Storage's Content-MD5, the service's own transfer check; it protects nothing secret.")]
    private static byte[] Md5Of(byte[] bytes) => System.Security.Cryptography.MD5.HashData(bytes);

    private static bool TouchesBrandFolders(SyncPlan plan, SyncPlanOptions options)
    {
        var brands = new HashSet<string>(options.AgencyBrands ?? options.Brands ?? [], StringComparer.Ordinal);
        brands.UnionWith(plan.GoneBrands.Select(g => g.Slug));
        return plan.Uploads.Concat(plan.Deletes).Any(i =>
            i.Name.IndexOf('/', plan.Prefix.Length) is var slash and > 0 && brands.Contains(i.Name[plan.Prefix.Length..slash]));
    }
}
