namespace SslaPublisher.Publishing;

/// <summary>A publish lock this run holds: renewed in the background until disposed.</summary>
/// <remarks>
/// When a renewal fails (the storage stopped answering for longer than the lease), <see cref="Lost"/> is cancelled
/// so the publish stops before another one, which may take the lock then, mixes its files with ours.
/// </remarks>
public sealed class HeldPublishLock : IAsyncDisposable
{
    private readonly string _prefix;
    private readonly IPublishLease _lease;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    internal HeldPublishLock(string prefix, IPublishLease lease)
    {
        _prefix = prefix;
        _lease = lease;
        _renewing = lease.RenewEvery is { } every ? RenewAsync(every) : Task.CompletedTask;
    }

    /// <summary>Cancelled when the lock could not be renewed.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Why it was lost, as the exception to report; null while held.</summary>
    public PublishLockLostException? LostBecause { get; private set; }

    private async Task RenewAsync(TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
                await _lease.RenewAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Released.
        }
        catch (Exception e)
        {
            LostBecause = new PublishLockLostException(_prefix, e);
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops renewing and releases the lock (a failed release is left to the lease's expiry).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(false);
        try
        {
            await _lease.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The storage may be the reason we are stopping; an unreleased lease frees itself when it expires.
        }
        _lost.Dispose();
        _stop.Dispose();
    }
}
