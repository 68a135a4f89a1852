using Azure.Storage.Blobs.Models;
using SslaPublisher.Publishing.Local;

namespace SslaPublisher.Publishing;

/// <summary>The one place publish targets are made: a folder, an account from a connection string, or the local Azurite.</summary>
/// <remarks>New ways of reaching storage (another credential, several accounts) belong here, so the command and the
/// session stay unaware of them; every blob target gets the same bounded <see cref="StorageClientOptions"/>.</remarks>
public static class SiteTargetFactory
{
    /// <summary>Creates the target <paramref name="spec"/> names.</summary>
    /// <param name="spec">Where to.</param>
    /// <param name="localAzurite">Told which local Azurite is used (found running, or started) when no account is given.</param>
    /// <param name="cancellationToken">Stops waiting for a starting Azurite.</param>
    /// <exception cref="FormatException">The connection string is malformed (the message does not repeat it).</exception>
    /// <exception cref="InvalidOperationException">No account given and the local Azurite cannot be started.</exception>
    public static async Task<ISiteTarget> CreateAsync(SiteTargetSpec spec, Action<LocalAzuriteStatus>? localAzurite = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Folder is { } folder) return new FolderTarget(folder);
        if (spec.ConnectionString is { } connectionString)
            return new AzureBlobTarget(connectionString, new AzureBlobTargetOptions
            {
                ContainerName = spec.Container,
                ClientOptions = StorageClientOptions.Create(spec.RequestTimeout),
            });

        var local = await LocalAzurite.EnsureRunningAsync(spec.AzuriteLocation, cancellationToken).ConfigureAwait(false);
        localAzurite?.Invoke(local);
        // Azurite serves no static website endpoint: public blobs make the page open straight from blob URLs.
        return new AzureBlobTarget(local.ConnectionString, new AzureBlobTargetOptions
        {
            ContainerName = spec.Container,
            PublicAccess = PublicAccessType.Blob,
            ClientOptions = StorageClientOptions.Create(spec.RequestTimeout),
        });
    }
}
