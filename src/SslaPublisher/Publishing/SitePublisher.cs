using SslaPublisher.Site;

namespace SslaPublisher.Publishing;

/// <summary>Publishes a built site to an <see cref="ISiteTarget"/>: list, plan, then upload and delete in a safe order.</summary>
/// <remarks>
/// Three phases, each finished before the next starts: assets, pages, deletes. Within a phase up to
/// <see cref="PublishOptions.Parallelism"/> requests run at once. Transient faults are retried by the target
/// (the Azure SDK's pipeline), not here. Cancelling stops starting new work and lets the requests in flight end;
/// whatever was uploaded is complete (uploads are atomic), so a re-run plans only what is still missing.
/// </remarks>
public static class SitePublisher
{
    /// <summary>Lists the target under the prefix and diffs it with <paramref name="site"/>.</summary>
    public static async Task<SyncPlan> PlanAsync(SiteContent site, ISiteTarget target, SyncPlanOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var prefix = PublishPrefix.Normalize(options.Prefix);
        var remote = new List<RemoteFile>();
        await foreach (var file in target.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
            remote.Add(file);
        return SyncPlan.Create(site, remote, options);
    }

    /// <summary>Carries out <paramref name="plan"/>: assets, then pages, then deletes.</summary>
    public static async Task<PublishResult> ExecuteAsync(SyncPlan plan, ISiteTarget target, PublishOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        options ??= new PublishOptions();
        if (options.Parallelism < 1) throw new ArgumentOutOfRangeException(nameof(options), "Parallelism must be at least 1.");

        if (plan.Uploads.Count > 0) await target.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(plan.AssetUploads, Upload, options, cancellationToken).ConfigureAwait(false);
        await RunAsync(plan.PageUploads, Upload, options, cancellationToken).ConfigureAwait(false);
        await RunAsync(plan.Deletes, (item, ct) => target.DeleteAsync(item.Name, ct), options, cancellationToken).ConfigureAwait(false);
        return PublishResult.Of(plan);

        Task Upload(SyncItem item, CancellationToken ct) => target.UploadAsync(item.Name, item.File!, item.Md5!, ct);
    }

    /// <summary>Plans and executes in one call.</summary>
    public static async Task<PublishResult> PublishAsync(SiteContent site, ISiteTarget target, SyncPlanOptions planOptions,
        PublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(site, target, planOptions, cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(plan, target, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunAsync(IEnumerable<SyncItem> items, Func<SyncItem, CancellationToken, Task> action,
        PublishOptions options, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items, parallel, async (item, ct) =>
        {
            await action(item, ct).ConfigureAwait(false);
            options.Progress?.Report(item);
        }).ConfigureAwait(false);
    }
}
