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
}
