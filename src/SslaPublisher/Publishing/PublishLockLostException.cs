namespace SslaPublisher.Publishing;

/// <summary>The lock could not be renewed (the storage stopped answering long enough for the lease to expire).</summary>
public sealed class PublishLockLostException(string prefix, Exception inner)
    : PublishFailedException($"lost the publish lock of '{PublishLock.Describe(prefix)}' (it could not be renewed); stopped so no other publish mixes with this one. Run again to finish.", inner);
