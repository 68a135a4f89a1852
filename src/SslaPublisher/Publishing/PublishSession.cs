namespace SslaPublisher.Publishing;

/// <summary>
/// One publish from start to end: hash the local files, take the prefix's lock, learn what the target holds (list
/// it once; a shard reads its manifest, or lists its brands' folders: see <see cref="RemoteState"/>), plan, run the
/// plan, write a shard's manifest, release the lock — with every storage request watched for stalls.
/// </summary>
/// <remarks>
/// The lock is taken before the listing, so a publish waiting for another one plans against what that one left:
/// two publishes to one prefix never interleave, and the prefix holds one build's whole. A dry run takes no lock
/// and changes nothing (not even creating the container).
/// </remarks>
public static class PublishSession
{
    /// <summary>Carries out <paramref name="request"/> against <paramref name="target"/>.</summary>
    /// <exception cref="PublishFailedException">Lock timeout or loss, a stall, or a built file that changed; nothing half-replaced.</exception>
    public static async Task<PublishOutcome> RunAsync(PublishRequest request, ISiteTarget target, IPublishObserver? observer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        var prefix = PublishPrefix.Normalize(request.Prefix);
        var files = request.Source.Files;
        var planOptions = new SyncPlanOptions
        {
            Prefix = prefix, Delete = request.Delete, IncludeInternal = request.IncludeInternal,
            Brands = request.Source.Brands, AgencyBrands = request.Source.AgencyBrands, BrandsOnly = request.Source.IsShard,
            IndexOnly = request.Source.IsIndexOnly,
        };
        var shard = request.Source.Shard;
        var url = files.Any(f => f.Path == "index.html") ? target.UrlOf(prefix + "index.html") : null;

        // Local work first, on every core, before the storage is watched: an agency is tens of thousands of files.
        var clock = new StageClock();
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, f => _ = f.Md5);
        var hashed = clock.Lap();

        if (request.DryRun)
        {
            using var dryGuard = new StallGuard(target, request.StallTimeout, cancellationToken);
            var (dryPlan, dryRemote, listed, diffed) = await Watched(dryGuard, null,
                () => PlanAsync(files, dryGuard, planOptions, shard, request, clock, dryGuard.Token), null, cancellationToken).ConfigureAwait(false);
            observer?.Planned(dryPlan, dryRun: true);
            // A dry run never writes a manifest (nor removes one).
            return new PublishOutcome(PublishResult.Of(dryPlan), dryPlan, url, new PublishTimings(hashed, TimeSpan.Zero, listed, diffed, TimeSpan.Zero),
                dryRemote.Source);
        }

        using (var prepare = new StallGuard(target, request.StallTimeout, cancellationToken))
            await Watched(prepare, null, async () => { await prepare.PrepareAsync(prepare.Token).ConfigureAwait(false); return 0; }, null, cancellationToken)
                .ConfigureAwait(false);
        // A shard owns only its brands' folders: it takes its own shard's lock, so the shards of a build run at once.
        var lockPrefix = shard is not null ? PublishLock.ShardPrefix(prefix, shard) : prefix;
        await using var held = await PublishLock.AcquireAsync(target, lockPrefix, request.LockTimeout,
            () => observer?.WaitingForLock(lockPrefix, request.LockTimeout), cancellationToken).ConfigureAwait(false);
        var locked = clock.Lap();
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        using var guard = new StallGuard(target, request.StallTimeout, running.Token);
        var done = new DoneCounter();
        return await Watched(guard, held, async () =>
        {
            var (plan, remote, listed, diffed) = await PlanAsync(files, guard, planOptions, shard, request, clock, guard.Token).ConfigureAwait(false);
            done.Planned(plan);
            observer?.Planned(plan, dryRun: false);
            // No manifest may outlive the state it describes: removed before the first change, written after the last.
            await RemoteState.InvalidateAsync(guard, plan, planOptions, shard, guard.Token).ConfigureAwait(false);
            var result = observer is null
                ? await Execute(null).ConfigureAwait(false)
                : await observer.ExecuteAsync(plan, Execute).ConfigureAwait(false);
            if (shard is not null) await RemoteState.WriteAsync(guard, plan, shard, remote.ManifestBytes, guard.Token).ConfigureAwait(false);
            return new PublishOutcome(result, plan, url, new PublishTimings(hashed, locked, listed, diffed, clock.Lap()), remote.Source);

            Task<PublishResult> Execute(IProgress<SyncItem>? progress) => SitePublisher.ExecuteAsync(plan, guard,
                new PublishOptions { Parallelism = request.Parallelism, Progress = done.Then(progress) }, guard.Token);
        }, done, cancellationToken).ConfigureAwait(false);
    }

    // The listing (or a shard's manifest) and the diff, timed apart: which of the two grows with an agency is what
    // the benchmarks ask.
    private static async Task<(SyncPlan Plan, (RemoteSource Source, byte[]? ManifestBytes) Remote, TimeSpan Listed, TimeSpan Diffed)> PlanAsync(
        IReadOnlyList<PublishFile> files, ISiteTarget target, SyncPlanOptions options, Site.Brands.BrandShard? shard, PublishRequest request,
        StageClock clock, CancellationToken cancellationToken)
    {
        var (remote, source, bytes) = await RemoteState.ReadAsync(target, options, shard, request.Verify, request.Parallelism, cancellationToken)
            .ConfigureAwait(false);
        var listed = clock.Lap();
        var plan = SyncPlan.Create(files, remote, new SyncPlanOptions
        {
            Prefix = options.Prefix, Delete = options.Delete, IncludeInternal = options.IncludeInternal, Brands = options.Brands,
            AgencyBrands = options.AgencyBrands, BrandsOnly = options.BrandsOnly, FromShardManifest = source.FromManifest,
        });
        return (plan, (source, bytes), listed, clock.Lap());
    }

    /// <summary>Time since the previous lap.</summary>
    private sealed class StageClock
    {
        private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan _last;

        public TimeSpan Lap()
        {
            var now = _watch.Elapsed;
            var lap = now - _last;
            _last = now;
            return lap;
        }
    }

    // Turns what a stall or a lost lock does to the requests in flight (cancelled, or failed with a cancelled
    // inner exception after the SDK's retries) into the one failure that explains it.
    private static async Task<T> Watched<T>(StallGuard guard, HeldPublishLock? held, Func<Task<T>> work, DoneCounter? done,
        CancellationToken caller)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception) when (guard.Stalled && !caller.IsCancellationRequested)
        {
            throw new PublishStalledException(guard.Limit, done?.Snapshot());
        }
        catch (Exception) when (held?.LostBecause is { } lost && !caller.IsCancellationRequested)
        {
            throw lost;
        }
    }

    /// <summary>Counts finished uploads and deletes, for the message of a publish that stopped halfway.</summary>
    private sealed class DoneCounter : IProgress<SyncItem>
    {
        private int _uploaded;
        private int _deleted;
        private SyncPlan? _plan;

        public void Planned(SyncPlan plan) => _plan = plan;

        public void Report(SyncItem value)
        {
            if (value.Action == SyncAction.Delete) Interlocked.Increment(ref _deleted);
            else Interlocked.Increment(ref _uploaded);
        }

        public IProgress<SyncItem> Then(IProgress<SyncItem>? next) => next is null ? this : new Both(this, next);

        public PublishProgress? Snapshot() => _plan is null ? null
            : new(Volatile.Read(ref _uploaded), _plan.Uploads.Count, Volatile.Read(ref _deleted), _plan.Deletes.Count);

        private sealed class Both(IProgress<SyncItem> first, IProgress<SyncItem> second) : IProgress<SyncItem>
        {
            public void Report(SyncItem value)
            {
                first.Report(value);
                second.Report(value);
            }
        }
    }
}
