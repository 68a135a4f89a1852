using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace SslaPublisher.Publishing;

/// <summary>Publishes to an Azure Blob Storage container (or Azurite) with Azure.Storage.Blobs.</summary>
/// <remarks>
/// Each blob gets the file's Content-Type and Cache-Control, and its MD5 as <c>Content-MD5</c>
/// (<see cref="BlobHttpHeaders.ContentHash"/>). The service computes that hash itself only for single-request
/// uploads; setting it ourselves keeps it on chunked (block list) uploads too, so the next listing can be diffed.
/// </remarks>
public sealed class AzureBlobTarget : ISiteTarget
{
    private readonly BlobContainerClient _container;
    private readonly AzureBlobTargetOptions _options;

    /// <summary>Creates a target from a connection string (never kept in any message this type produces).</summary>
    /// <exception cref="FormatException">The connection string cannot be parsed (the message does not repeat it).</exception>
    public AzureBlobTarget(string connectionString, AzureBlobTargetOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _options = options ?? new AzureBlobTargetOptions();
        BlobServiceClient service;
        try
        {
            service = new BlobServiceClient(connectionString, _options.ClientOptions);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // The SDK's parse errors may quote the string; report only that it is malformed.
            throw new FormatException("The storage connection string is malformed (expected AccountName, AccountKey and optionally BlobEndpoint; or BlobEndpoint and SharedAccessSignature).");
        }
        _container = service.GetBlobContainerClient(_options.ContainerName);
    }

    /// <summary>Creates a target over an existing container client (for token credentials or tests).</summary>
    public AzureBlobTarget(BlobContainerClient container, AzureBlobTargetOptions? options = null)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _options = options ?? new AzureBlobTargetOptions();
    }

    /// <summary>The account's blob service, for account-level settings (the static website).</summary>
    public BlobServiceClient Service => _container.GetParentBlobServiceClient();

    /// <summary>The container's address (no credentials).</summary>
    public Uri ContainerUri => WithoutQuery(_container.Uri);

    /// <inheritdoc />
    public async IAsyncEnumerable<RemoteFile> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pages = _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken);
        await using var items = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            BlobItem item;
            try
            {
                if (!await items.MoveNextAsync().ConfigureAwait(false)) yield break;
                item = items.Current;
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // Nothing published yet: an empty listing, so a dry run works before the first publish.
                yield break;
            }
            yield return RemoteFileOf(item);
        }
    }

    /// <inheritdoc />
    public async Task<RemoteLevel> ListLevelAsync(string prefix, CancellationToken cancellationToken = default)
    {
        // A hierarchical listing: the blobs at this level and one entry per folder below it, whatever it holds.
        var files = new List<RemoteFile>();
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var item in _container.GetBlobsByHierarchyAsync(new GetBlobsByHierarchyOptions { Prefix = prefix, Delimiter = "/" },
                               cancellationToken).ConfigureAwait(false))
            {
                if (item.IsPrefix) folders.Add(item.Prefix[prefix.Length..].TrimEnd('/'));
                else files.Add(RemoteFileOf(item.Blob));
            }
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Nothing published yet, as for ListAsync.
        }
        return new RemoteLevel(files, [.. folders]);
    }

    // A listed blob as the plan compares it: its size and Content-MD5 (null when the blob has none).
    private static RemoteFile RemoteFileOf(BlobItem item) =>
        new(item.Name, item.Properties.ContentLength ?? 0, item.Properties.ContentHash is { Length: > 0 } hash ? hash : null);

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return download.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The blob or the container is not there (BlobNotFound, ContainerNotFound): nothing to read.
            return null;
        }
    }

    /// <inheritdoc />
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        // A container-scoped SAS may read the container but not create one (403 even when it exists): ask first.
        if (await _container.ExistsAsync(cancellationToken).ConfigureAwait(false)) return;
        await _container.CreateIfNotExistsAsync(_options.PublicAccess, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UploadAsync(string name, UploadContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = content.ContentType,
                CacheControl = content.CacheControl,
                ContentHash = content.Md5,
            },
            TransferOptions = _options.TransferOptions,
        };
        await _container.GetBlobClient(name)
            .UploadAsync(BinaryData.FromBytes(content.Bytes), upload, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IPublishLease?> TryLockAsync(string prefix, CancellationToken cancellationToken = default) =>
        BlobPublishLease.TryAcquireAsync(_container.GetBlobClient(prefix + PublishLock.FileName), cancellationToken);

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await _container.GetBlobClient(name)
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Uri UrlOf(string name) => WithoutQuery(_container.GetBlobClient(name).Uri);

    // A SAS connection string puts the token into every client's Uri: strip it before anyone prints the address.
    private static Uri WithoutQuery(Uri uri) => new UriBuilder(uri) { Query = "" }.Uri;
}
