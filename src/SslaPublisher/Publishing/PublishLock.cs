using System.Globalization;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Publishing;

/// <summary>
/// Serialises publishes to one prefix: each takes the prefix's lock (a leased blob, or a locked file) before it
/// lists the target, and keeps it until its last request, so the site there is always one build's whole.
/// </summary>
/// <remarks>
/// The lock covers one prefix exactly: an agency publish at <c>""</c> and a brand publish at <c>brand/</c> are
/// two locks. One shard of a sharded agency build owns only its brands' folders and takes its own lock
/// (<see cref="ShardPrefix"/>), so the shards of one build publish at once while two runs of one shard wait for
/// each other. A waiting publish asks again every <see cref="PollInterval"/>; it prints one line when it starts
/// waiting and fails with <see cref="PublishLockTimeoutException"/> after its timeout, before changing anything.
/// </remarks>
public static class PublishLock
{
    /// <summary>The lock's name under the prefix; never listed as part of a site, never deleted by a sync.</summary>
    public const string FileName = ".ssla-publish.lock";

    /// <summary>The folder under an agency's prefix that holds its shards' locks (no brand: never pruned).</summary>
    public const string ShardLocks = ".ssla-shards/";

    /// <summary>How often a waiting publish tries again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Whether <paramref name="name"/> is a publish lock (under any prefix).</summary>
    public static bool IsLockName(string name) =>
        name == FileName || name.EndsWith("/" + FileName, StringComparison.Ordinal);

    /// <summary>The "prefix" whose lock shard <paramref name="shard"/> of an agency at <paramref name="prefix"/> takes: <c>&lt;prefix&gt;.ssla-shards/i-of-n/</c>.</summary>
    public static string ShardPrefix(string prefix, BrandShard shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{ShardLocks}{shard.Index}-of-{shard.Count}/");
    }

    /// <summary>The prefix (or a shard's lock, <see cref="ShardPrefix"/>) as messages name it.</summary>
    public static string Describe(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var at = prefix.LastIndexOf(ShardLocks, StringComparison.Ordinal);
        if (at >= 0 && (at == 0 || prefix[at - 1] == '/'))
            return $"{Describe(prefix[..at])}, shard {prefix[(at + ShardLocks.Length)..^1].Replace("-of-", "/", StringComparison.Ordinal)}";
        return prefix.Length == 0 ? "/ (the container's root)" : prefix;
    }

    /// <summary>Takes the lock of <paramref name="prefix"/>, waiting up to <paramref name="timeout"/> for another publish to finish.</summary>
    /// <param name="target">Where.</param>
    /// <param name="prefix">Which prefix (normalised).</param>
    /// <param name="timeout">How long to wait for another publish.</param>
    /// <param name="waiting">Called once, when the lock is found held (to tell the user why nothing happens).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="PublishLockTimeoutException">Still held after <paramref name="timeout"/>.</exception>
    public static async Task<HeldPublishLock> AcquireAsync(ISiteTarget target, string prefix, TimeSpan timeout,
        Action? waiting = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (await target.TryLockAsync(prefix, cancellationToken).ConfigureAwait(false) is { } lease)
                return new HeldPublishLock(prefix, lease);
            if (!told)
            {
                waiting?.Invoke();
                told = true;
            }
            if (started.Elapsed >= timeout) throw new PublishLockTimeoutException(prefix, timeout);
            var pause = timeout - started.Elapsed < PollInterval ? timeout - started.Elapsed : PollInterval;
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }
    }
}
