namespace SslaPublisher.Publishing;

/// <summary>What a sync may do.</summary>
public sealed class SyncPlanOptions
{
    /// <summary>Prefix the site is published under, as returned by <see cref="PublishPrefix.Normalize"/>.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>Remove files under the prefix that the site no longer has (off by default, as in azcopy sync).</summary>
    public bool Delete { get; init; }

    /// <summary>Publish internal files too (e.g. the agreement); off by default.</summary>
    public bool IncludeInternal { get; init; }

    /// <summary>
    /// For an agency, the slugs of its brands; null for one brand. Deletes are then limited to brand folders: files
    /// a brand no longer has, and every file of a brand that is gone (a folder under the prefix with a
    /// <see cref="SyncPlan.BrandMarker"/> that is not one of these slugs). Files directly under the prefix and
    /// folders that are not brand sites are never deleted.
    /// </summary>
    public IReadOnlyCollection<string>? Brands { get; init; }

    /// <summary>
    /// For one shard of an agency, every brand of the agency (default: <see cref="Brands"/>): a folder of another
    /// shard's brand is neither pruned nor taken for a gone brand.
    /// </summary>
    public IReadOnlyCollection<string>? AgencyBrands { get; init; }

    /// <summary>
    /// One shard of a sharded build: only the folders of <see cref="Brands"/> are this publish's. Only they are
    /// listed (see <see cref="RemoteListing"/>), planned and pruned; files directly under the prefix, the other
    /// shards' brands and brands gone from the agency are left to the index step (<c>--index-only --delete</c>) or
    /// an unsharded publish, which list the whole prefix.
    /// </summary>
    public bool BrandsOnly { get; init; }

    /// <summary>
    /// The index step of a sharded agency (<c>--index-only</c>): the site is the index of brands, and the folders of
    /// the agency's brands are the shards' to publish. Only the files directly under the prefix and the folders that
    /// are no brand of the agency (gone brands, ssla's own state) are listed (see <see cref="RemoteListing"/>); the plan
    /// is the same as from a full listing, as it never acts in a brand's folder that the agency still has.
    /// </summary>
    public bool IndexOnly { get; init; }

    /// <summary>
    /// The remote side is this shard's own manifest (<see cref="ShardManifest"/>), not a listing: folders it names
    /// that are no brand of the agency any more are this shard's former brands, planned (and with
    /// <see cref="Delete"/> pruned) like its own.
    /// </summary>
    public bool FromShardManifest { get; init; }
}
