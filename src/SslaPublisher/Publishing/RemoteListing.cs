namespace SslaPublisher.Publishing;

/// <summary>What a publish lists before it plans: the whole prefix, or only the folders of a shard's brands.</summary>
/// <remarks>
/// An agency and one brand list the prefix once: that is how the index is diffed and how brands that left the agency
/// are found. The index step of a sharded agency (<see cref="SyncPlanOptions.IndexOnly"/>) lists one level of the
/// prefix and only the folders that are no brand of the agency. One shard of a sharded build (<see cref="SyncPlanOptions.BrandsOnly"/>) lists
/// only <c>&lt;prefix&gt;&lt;slug&gt;/</c> of each of its brands, a few at a time: its listing grows with the
/// shard, not with the agency, and it never reads (so never plans against) another shard's brands or a gone brand.
/// </remarks>
public static class RemoteListing
{
    /// <summary>Lists what <paramref name="options"/> may act on.</summary>
    /// <param name="target">Where.</param>
    /// <param name="options">The prefix, and for a shard its brands.</param>
    /// <param name="parallelism">Brand folders listed at once (a shard); at least 1.</param>
    /// <param name="cancellationToken">Stops listing.</param>
    public static async Task<IReadOnlyList<RemoteFile>> ListAsync(ISiteTarget target, SyncPlanOptions options, int parallelism,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var prefix = PublishPrefix.Normalize(options.Prefix);
        if (options.IndexOnly) return await ListAroundBrandsAsync(target, prefix, options, parallelism, cancellationToken).ConfigureAwait(false);
        if (!options.BrandsOnly) return await ListOneAsync(target, prefix, cancellationToken).ConfigureAwait(false);

        var brands = options.Brands ?? throw new ArgumentException("A shard's listing needs its brands.", nameof(options));
        return await ListFoldersAsync(target, prefix, brands, parallelism, cancellationToken).ConfigureAwait(false);
    }

    // The index step: the files at the prefix's root, and every folder that is not a brand of the agency listed whole
    // (a gone brand's files and marker, ssla's own state); the agency's brand folders, nearly all of an agency's files,
    // are left unlisted (236,667 blobs took 63 s to list at 10,000 brands).
    private static async Task<IReadOnlyList<RemoteFile>> ListAroundBrandsAsync(ISiteTarget target, string prefix, SyncPlanOptions options,
        int parallelism, CancellationToken cancellationToken)
    {
        var agency = new HashSet<string>(options.AgencyBrands ?? [], StringComparer.Ordinal);
        var level = await target.ListLevelAsync(prefix, cancellationToken).ConfigureAwait(false);
        var others = level.Folders.Where(f => !agency.Contains(f)).ToList();
        return [.. level.Files, .. await ListFoldersAsync(target, prefix, others, parallelism, cancellationToken).ConfigureAwait(false)];
    }

    // Each of <folders> under the prefix listed whole, a few at a time, in the folders' order.
    private static async Task<List<RemoteFile>> ListFoldersAsync(ISiteTarget target, string prefix, IReadOnlyCollection<string> folders,
        int parallelism, CancellationToken cancellationToken)
    {
        var found = new List<RemoteFile>[folders.Count];
        var limits = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(folders.Select((folder, i) => (folder, i)), limits, async (each, ct) =>
            found[each.i] = await ListOneAsync(target, $"{prefix}{each.folder}/", ct).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. found.SelectMany(f => f)];
    }

    private static async Task<List<RemoteFile>> ListOneAsync(ISiteTarget target, string prefix, CancellationToken cancellationToken)
    {
        var files = new List<RemoteFile>();
        await foreach (var file in target.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
            files.Add(file);
        return files;
    }
}
