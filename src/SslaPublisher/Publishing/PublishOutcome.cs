namespace SslaPublisher.Publishing;

/// <summary>What a publish did, what it planned, and the address of its front page (null when the site has none at its root).</summary>
public sealed record PublishOutcome(PublishResult Result, SyncPlan Plan, Uri? Url);
