using System.Runtime.CompilerServices;

namespace SslaPublisher.Publishing;

/// <summary>
/// Watches a publish's storage requests: when none finishes for <see cref="Limit"/>, <see cref="Token"/> is
/// cancelled, which cancels the requests in flight and stops the publish (<see cref="PublishStalledException"/>).
/// </summary>
/// <remarks>
/// The per-request timeout (<see cref="StorageClientOptions"/>) bounds one try of one request; with retries and
/// several requests in flight a misbehaving endpoint can still hold a publish far longer. This bounds the whole:
/// progress is any listed file, upload or delete finished. It wraps the target only for the storage part of a
/// publish (after the build, after the lock is taken), so neither rendering nor waiting for another publish's lock
/// counts as a stall.
/// </remarks>
public sealed class StallGuard : ISiteTarget, IDisposable
{
    private readonly ISiteTarget _inner;
    private readonly CancellationTokenSource _stop;
    private readonly Timer _timer;
    private long _lastProgress = Environment.TickCount64;
    private int _stalled;

    /// <summary>Starts watching; <paramref name="cancellationToken"/> (Ctrl-C, a lost lock) also cancels <see cref="Token"/>.</summary>
    public StallGuard(ISiteTarget inner, TimeSpan limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (limit <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(limit), "The stall limit must be positive.");
        _inner = inner;
        Limit = limit;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var check = limit / 4 < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : limit / 4;
        _timer = new Timer(_ => Check(), null, check, check);
    }

    /// <summary>Time without progress after which the publish stops.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Cancelled on a stall or by the caller's token: pass it to every request.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Whether the guard stopped the publish.</summary>
    public bool Stalled => Volatile.Read(ref _stalled) == 1;

    /// <summary>Counts progress that does not go through this target (e.g. hashing local files).</summary>
    public void Touch() => Volatile.Write(ref _lastProgress, Environment.TickCount64);

    private void Check()
    {
        if (Environment.TickCount64 - Volatile.Read(ref _lastProgress) < (long)Limit.TotalMilliseconds) return;
        if (Interlocked.Exchange(ref _stalled, 1) != 0) return;
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The publish ended while this check ran.
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RemoteFile> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var file in _inner.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            Touch();
            yield return file;
        }
        Touch();
    }

    /// <inheritdoc />
    public async Task<RemoteLevel> ListLevelAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var level = await _inner.ListLevelAsync(prefix, cancellationToken).ConfigureAwait(false);
        Touch();
        return level;
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var bytes = await _inner.ReadAsync(name, cancellationToken).ConfigureAwait(false);
        Touch();
        return bytes;
    }

    /// <inheritdoc />
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await _inner.PrepareAsync(cancellationToken).ConfigureAwait(false);
        Touch();
    }

    /// <inheritdoc />
    public async Task UploadAsync(string name, UploadContent content, CancellationToken cancellationToken = default)
    {
        await _inner.UploadAsync(name, content, cancellationToken).ConfigureAwait(false);
        Touch();
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await _inner.DeleteAsync(name, cancellationToken).ConfigureAwait(false);
        Touch();
    }

    /// <inheritdoc />
    public Task<IPublishLease?> TryLockAsync(string prefix, CancellationToken cancellationToken = default) =>
        _inner.TryLockAsync(prefix, cancellationToken);

    /// <inheritdoc />
    public Uri? UrlOf(string name) => _inner.UrlOf(name);

    /// <inheritdoc />
    public void Dispose()
    {
        _timer.Dispose();
        _stop.Dispose();
    }
}
