using System.Security.Cryptography;
using SslaPublisher.Site;

namespace SslaPublisher.Publishing;

/// <summary>Publishes a built site to an <see cref="ISiteTarget"/>: list, plan, then upload and delete in a safe order.</summary>
/// <remarks>
/// The plan's <see cref="SyncPlan.Phases"/> run one after another (assets, pages, an agency's index, deletes), each
/// finished before the next starts; within a phase up to <see cref="PublishOptions.Parallelism"/> requests run at
/// once. Transient faults are retried by the target (the Azure SDK's pipeline), not here. Cancelling stops starting
/// new work and cancels the requests in flight; whatever was uploaded is complete (uploads are atomic), so a re-run
/// plans only what is still missing. Locking and stall detection are <see cref="PublishSession"/>'s.
/// </remarks>
public static class SitePublisher
{
    /// <summary>Lists the target under the prefix and diffs it with <paramref name="site"/>.</summary>
    public static Task<SyncPlan> PlanAsync(SiteContent site, ISiteTarget target, SyncPlanOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(site);
        return PlanAsync(site.Files.Values.Select(f => PublishFile.InMemory(f)).ToList(), target, options, cancellationToken);
    }

    /// <summary>Lists the target under the prefix (a shard: its brands' folders) and diffs it with <paramref name="files"/>.</summary>
    public static Task<SyncPlan> PlanAsync(IReadOnlyList<PublishFile> files, ISiteTarget target, SyncPlanOptions options,
        CancellationToken cancellationToken = default) =>
        PlanAsync(files, target, options, new PublishOptions().Parallelism, cancellationToken);

    /// <summary>As above, listing up to <paramref name="listParallelism"/> brand folders of a shard at once.</summary>
    public static async Task<SyncPlan> PlanAsync(IReadOnlyList<PublishFile> files, ISiteTarget target, SyncPlanOptions options,
        int listParallelism, CancellationToken cancellationToken = default)
    {
        var remote = await RemoteListing.ListAsync(target, options, listParallelism, cancellationToken).ConfigureAwait(false);
        return SyncPlan.Create(files, remote, options);
    }

    /// <summary>Carries out <paramref name="plan"/> phase by phase (see <see cref="SyncPlan.Phases"/>).</summary>
    /// <exception cref="SiteChangedException">A file's bytes are no longer those planned (its folder was rebuilt meanwhile).</exception>
    public static async Task<PublishResult> ExecuteAsync(SyncPlan plan, ISiteTarget target, PublishOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        options ??= new PublishOptions();
        if (options.Parallelism < 1) throw new ArgumentOutOfRangeException(nameof(options), "Parallelism must be at least 1.");

        if (plan.Uploads.Count > 0) await target.PrepareAsync(cancellationToken).ConfigureAwait(false);
        foreach (var phase in plan.Phases)
            await RunAsync(phase, Apply, options, cancellationToken).ConfigureAwait(false);
        return PublishResult.Of(plan);

        Task Apply(SyncItem item, CancellationToken ct) =>
            item.Action == SyncAction.Delete ? target.DeleteAsync(item.Name, ct) : UploadAsync(target, item, ct);
    }

    /// <summary>Plans and executes in one call.</summary>
    public static async Task<PublishResult> PublishAsync(SiteContent site, ISiteTarget target, SyncPlanOptions planOptions,
        PublishOptions? options = null, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(site, target, planOptions, cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(plan, target, options, cancellationToken).ConfigureAwait(false);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351",
        Justification = "MD5 is Blob Storage's Content-MD5, the service's own change and transfer check; it protects nothing secret.")]
    private static async Task UploadAsync(ISiteTarget target, SyncItem item, CancellationToken cancellationToken)
    {
        var file = item.File!;
        var bytes = await file.ReadAsync(cancellationToken).ConfigureAwait(false);
        // The plan compared these bytes' MD5 with the target's; a built folder replaced since then must not get
        // its new bytes stored under the old hash (nor mix two builds).
        if (!MD5.HashData(bytes.Span).AsSpan().SequenceEqual(item.Md5)) throw new SiteChangedException(file.Path);
        await target.UploadAsync(item.Name, new UploadContent(bytes, item.Md5!, file.ContentType, file.CacheControl), cancellationToken)
            .ConfigureAwait(false);
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
