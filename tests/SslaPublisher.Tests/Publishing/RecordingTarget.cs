using SslaPublisher.Publishing;

namespace SslaPublisher.Tests.Publishing;

/// <summary>Wraps a target and records, in order, when each upload and delete started and ended, and each prefix listed.</summary>
internal sealed class RecordingTarget(ISiteTarget inner) : ISiteTarget
{
    private readonly Lock _lock = new();
    private readonly List<(string Event, string Name)> _events = [];

    /// <summary>Events as ("upload-start" | "upload-end" | "delete-start" | "delete-end", name).</summary>
    public IReadOnlyList<(string Event, string Name)> Events { get { lock (_lock) return [.. _events]; } }

    /// <summary>Runs after each upload ends (e.g. to kill the server mid-publish).</summary>
    public Action<int>? AfterUpload { get; init; }

    private int _uploads;

    /// <summary>Every prefix listed, in the order the listings started.</summary>
    public IReadOnlyList<string> Listed { get { lock (_lock) return [.. _events.Where(e => e.Event == "list").Select(e => e.Name)]; } }

    public IAsyncEnumerable<RemoteFile> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        Record("list", prefix);
        return inner.ListAsync(prefix, cancellationToken);
    }

    public Task<RemoteLevel> ListLevelAsync(string prefix, CancellationToken cancellationToken = default)
    {
        Record("level", prefix);
        return inner.ListLevelAsync(prefix, cancellationToken);
    }

    /// <summary>Every prefix listed one level deep (<see cref="ISiteTarget.ListLevelAsync"/>), in order.</summary>
    public IReadOnlyList<string> LevelsListed { get { lock (_lock) return [.. _events.Where(e => e.Event == "level").Select(e => e.Name)]; } }

    public Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        Record("read", name);
        return inner.ReadAsync(name, cancellationToken);
    }

    /// <summary>Every name read (ssla's own state: a shard's manifest), in order.</summary>
    public IReadOnlyList<string> Read { get { lock (_lock) return [.. _events.Where(e => e.Event == "read").Select(e => e.Name)]; } }

    public Task PrepareAsync(CancellationToken cancellationToken = default) => inner.PrepareAsync(cancellationToken);

    public async Task UploadAsync(string name, UploadContent content, CancellationToken cancellationToken = default)
    {
        Record("upload-start", name);
        await inner.UploadAsync(name, content, cancellationToken);
        Record("upload-end", name);
        AfterUpload?.Invoke(Interlocked.Increment(ref _uploads));
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        Record("delete-start", name);
        await inner.DeleteAsync(name, cancellationToken);
        Record("delete-end", name);
    }

    public Task<IPublishLease?> TryLockAsync(string prefix, CancellationToken cancellationToken = default) => inner.TryLockAsync(prefix, cancellationToken);

    public Uri? UrlOf(string name) => inner.UrlOf(name);

    private void Record(string e, string name)
    {
        lock (_lock) _events.Add((e, name));
    }
}
