namespace SslaPublisher.Publishing;

/// <summary>
/// What a publish did, what it planned, the address of its front page (null when the site has none at its root),
/// where its time went, and how it learnt what the target held (a shard's manifest or a listing).
/// </summary>
public sealed record PublishOutcome(PublishResult Result, SyncPlan Plan, Uri? Url, PublishTimings? Timings = null, RemoteSource? Remote = null);
