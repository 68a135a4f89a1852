namespace SslaPublisher.Publishing;

/// <summary>What a publish did, what it planned, the address of its front page (null when the site has none at its root), and where its time went.</summary>
public sealed record PublishOutcome(PublishResult Result, SyncPlan Plan, Uri? Url, PublishTimings? Timings = null);
