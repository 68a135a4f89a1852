namespace SslaPublisher.Publishing;

/// <summary>Where one publish spent its time (wall clock), for <c>--json</c> and the benchmarks.</summary>
/// <param name="Hash">Hashing the local files (MD5, on every core).</param>
/// <param name="Lock">Preparing the container and waiting for the lock (zero for a dry run).</param>
/// <param name="List">Learning what the target holds: listing it (a shard: its brands' folders), or reading a shard's manifest.</param>
/// <param name="Diff">Diffing the listing with the local files (the plan).</param>
/// <param name="Transfer">Uploads and deletes, and keeping shard manifests true (zero for a dry run).</param>
public sealed record PublishTimings(TimeSpan Hash, TimeSpan Lock, TimeSpan List, TimeSpan Diff, TimeSpan Transfer);
