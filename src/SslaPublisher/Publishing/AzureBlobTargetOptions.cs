using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace SslaPublisher.Publishing;

/// <summary>Settings of an <see cref="AzureBlobTarget"/>.</summary>
public sealed class AzureBlobTargetOptions
{
    /// <summary>The static website container of Azure Storage.</summary>
    public const string StaticWebsiteContainer = "$web";

    /// <summary>Container to publish to; <c>$web</c> by default (static website hosting).</summary>
    public string ContainerName { get; init; } = StaticWebsiteContainer;

    /// <summary>
    /// Access level given to the container when this target creates it. <see cref="PublicAccessType.None"/> by
    /// default: <c>$web</c> is served anonymously by the static website endpoint anyway. The local Azurite default
    /// uses <see cref="PublicAccessType.Blob"/> because Azurite has no static website endpoint.
    /// </summary>
    public PublicAccessType PublicAccess { get; init; } = PublicAccessType.None;

    /// <summary>
    /// Client options: retries, timeouts, service version. The SDK's pipeline retries transient faults; the default
    /// bounds every request with <see cref="StorageClientOptions.DefaultRequestTimeout"/>.
    /// </summary>
    public BlobClientOptions ClientOptions { get; init; } = StorageClientOptions.Create();

    /// <summary>
    /// Chunking of large uploads. Site files are small and go in one request by default; tests lower the sizes to
    /// prove that chunked uploads keep their Content-MD5.
    /// </summary>
    public StorageTransferOptions TransferOptions { get; init; }
}
