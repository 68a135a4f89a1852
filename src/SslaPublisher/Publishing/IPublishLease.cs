namespace SslaPublisher.Publishing;

/// <summary>A target's lock on one prefix, held by this publish; disposing releases it.</summary>
public interface IPublishLease : IAsyncDisposable
{
    /// <summary>How often <see cref="RenewAsync"/> must succeed for the lock to stay held; null when it never expires while held.</summary>
    TimeSpan? RenewEvery { get; }

    /// <summary>Extends the lock; throws when it was lost (expired and taken by another publish).</summary>
    Task RenewAsync(CancellationToken cancellationToken = default);
}
