namespace SslaPublisher.Publishing;

/// <summary>How a plan is carried out.</summary>
public sealed class PublishOptions
{
    /// <summary>Uploads (and deletes) in flight at once; 1 uploads one file at a time. Default 8.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>Called after each upload or delete (from any thread: implementations must be thread-safe).</summary>
    public IProgress<SyncItem>? Progress { get; init; }
}
