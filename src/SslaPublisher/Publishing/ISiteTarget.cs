namespace SslaPublisher.Publishing;

/// <summary>Where a site is published: a blob container, a folder, or a test stand-in.</summary>
/// <remarks>
/// The contract is the smallest a sync needs: list what is there (with MD5 and size, so nothing has to be
/// downloaded to compare), put one file, remove one file, and lock a prefix against other publishes. Each upload
/// must be atomic for a reader (the old or the new bytes, never half), which is what lets an interrupted publish
/// be re-run until it converges. Targets are made in one place, <see cref="SiteTargetFactory"/>.
/// </remarks>
public interface ISiteTarget
{
    /// <summary>Every file whose name starts with <paramref name="prefix"/>; empty when the container or folder does not exist yet.</summary>
    IAsyncEnumerable<RemoteFile> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// The files directly under <paramref name="prefix"/> and the folders below it, without listing inside them (an
    /// agency's index step skips the brands' folders: see <see cref="RemoteListing"/>). This default lists everything
    /// and groups it; a blob container asks the service for the one level.
    /// </summary>
    async Task<RemoteLevel> ListLevelAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var all = new List<RemoteFile>();
        await foreach (var file in ListAsync(prefix, cancellationToken).ConfigureAwait(false)) all.Add(file);
        return RemoteLevel.Of(prefix, all);
    }

    /// <summary>
    /// The bytes of one file, or <c>null</c> when it (or the container) does not exist. Used for ssla's own state
    /// (a shard's manifest, see <see cref="ShardManifest"/>), never for site files: those are compared by listing.
    /// </summary>
    Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates the container or folder when missing. Called once before the lock and the first upload.</summary>
    Task PrepareAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/> with its Content-Type, Cache-Control and MD5.</summary>
    Task UploadAsync(string name, UploadContent content, CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="name"/>; removing a file that is already gone is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the publish lock of <paramref name="prefix"/> (<see cref="PublishLock.FileName"/> under it), or returns
    /// null at once when another publish holds it. A lock whose holder died is freed by the target (a blob lease
    /// expires, a file lock goes with its process).
    /// </summary>
    Task<IPublishLease?> TryLockAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>The address at which a reader opens <paramref name="name"/> (no credentials in it), or <c>null</c> when there is none.</summary>
    Uri? UrlOf(string name);
}
