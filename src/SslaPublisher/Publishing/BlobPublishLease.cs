using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace SslaPublisher.Publishing;

/// <summary>The publish lock on blob storage: a lease on an empty lock blob under the prefix.</summary>
/// <remarks>
/// A lease lasts <see cref="Duration"/> and is renewed every third of it, so a publish that dies (kill -9, a lost
/// network) frees the prefix within <see cref="Duration"/> without anyone cleaning up. The blob itself stays (an
/// empty file); syncs never list or delete it.
/// </remarks>
internal sealed class BlobPublishLease : IPublishLease
{
    /// <summary>Length of one lease (the service allows 15–60 s).</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    // Releasing happens on the way out, often because the storage misbehaves: never wait long for it.
    private static readonly TimeSpan ReleaseLimit = TimeSpan.FromSeconds(10);

    private readonly BlobLeaseClient _lease;

    private BlobPublishLease(BlobLeaseClient lease) => _lease = lease;

    /// <inheritdoc />
    public TimeSpan? RenewEvery => Duration / 3;

    /// <summary>Leases <paramref name="blob"/> (creating it empty first), or returns null when another lease holds it.</summary>
    public static async Task<IPublishLease?> TryAcquireAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // It exists already (and may be leased right now): the lease below decides.
        }
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(Duration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new BlobPublishLease(lease);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task RenewAsync(CancellationToken cancellationToken = default) =>
        await _lease.RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(ReleaseLimit);
        await _lease.ReleaseAsync(cancellationToken: limit.Token).ConfigureAwait(false);
    }
}
