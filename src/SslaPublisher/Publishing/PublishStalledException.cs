namespace SslaPublisher.Publishing;

/// <summary>No storage request finished for the stall limit: the publish was stopped, after <see cref="Done"/>.</summary>
public sealed class PublishStalledException(TimeSpan limit, PublishProgress? done)
    : PublishFailedException(
        $"no progress for {limit.TotalSeconds:0} s (--stall-timeout): the storage accepted requests but stopped answering. "
        + (done is null ? "Stopped before anything was changed." : $"Stopped after {done}; run again to finish."))
{
    /// <summary>What was finished before the stop; null when it stopped before its plan (nothing changed).</summary>
    public PublishProgress? Done { get; } = done;
}
