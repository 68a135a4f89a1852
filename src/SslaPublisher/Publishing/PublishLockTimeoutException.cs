namespace SslaPublisher.Publishing;

/// <summary>Another publish held the prefix's lock for longer than <c>--lock-timeout</c>; nothing was changed.</summary>
public sealed class PublishLockTimeoutException(string prefix, TimeSpan waited)
    : PublishFailedException(
        $"another publish to '{PublishLock.Describe(prefix)}' still holds its lock after {waited.TotalSeconds:0} s (--lock-timeout); nothing was changed. Run again when it has finished.");
