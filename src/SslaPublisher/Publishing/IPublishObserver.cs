namespace SslaPublisher.Publishing;

/// <summary>What a <see cref="PublishSession"/> tells the person waiting (the CLI prints it; tests record it).</summary>
public interface IPublishObserver
{
    /// <summary>Another publish holds the prefix's lock: this one waits up to <paramref name="timeout"/>.</summary>
    void WaitingForLock(string prefix, TimeSpan timeout);

    /// <summary>The plan, before anything is changed (for a dry run, all there is).</summary>
    void Planned(SyncPlan plan, bool dryRun);

    /// <summary>Runs <paramref name="execute"/>, giving it a progress sink (or null) for each finished upload and delete.</summary>
    Task<PublishResult> ExecuteAsync(SyncPlan plan, Func<IProgress<SyncItem>?, Task<PublishResult>> execute);
}
