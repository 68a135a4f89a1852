using Azure;
using Azure.Core;
using Azure.Storage.Blobs;

namespace SslaPublisher.Publishing.Accounts;

/// <summary>
/// Where <c>ssla publish</c> uploads to, and how it signs in: a connection string (account key or SAS), an account
/// URL carrying a SAS token, or an account URL with a Microsoft Entra ID credential.
/// </summary>
/// <remarks>
/// <see cref="Description"/> is the only text about the account meant for printing: the address without its query
/// and the way of signing in, never a key, a SAS token or a bearer token. <see cref="Secrets"/> feeds the
/// <see cref="SecretRedactor"/> that cleans every message about a storage failure.
/// </remarks>
public sealed class StorageAccount
{
    private readonly string? _connectionString;
    private readonly Uri? _accountUrl;
    private readonly TokenCredential? _credential;

    private StorageAccount(string? connectionString, Uri? accountUrl, TokenCredential? credential, StorageAuthKind? auth, string description)
    {
        _connectionString = connectionString;
        _accountUrl = accountUrl;
        _credential = credential;
        Auth = auth;
        Description = description;
    }

    /// <summary>The Entra ID way of signing in, or null for connection strings and SAS URLs.</summary>
    public StorageAuthKind? Auth { get; }

    /// <summary>Whether requests are signed by a SAS token given in the account URL.</summary>
    public bool IsSasUrl => _accountUrl is not null && _credential is null;

    /// <summary>What to print about the account: address and way of signing in, no secret.</summary>
    public string Description { get; }

    /// <summary>What a <see cref="SecretRedactor"/> must hide, in connection-string form: the connection string, or the SAS.</summary>
    public string? Secrets => _connectionString ?? (_accountUrl is { Query.Length: > 1 } u ? "SharedAccessSignature=" + u.Query.TrimStart('?') : null);

    /// <summary>An account reached with a connection string (account key or SAS).</summary>
    public static StorageAccount FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return new StorageAccount(connectionString, null, null, null, "connection string");
    }

    /// <summary>
    /// An account reached by its blob endpoint, <c>https://&lt;account&gt;.blob.core.windows.net</c>: with a SAS
    /// token in the URL's query that token signs every request; otherwise Entra ID with <paramref name="auth"/>
    /// (or <paramref name="credential"/>, when a caller has its own).
    /// </summary>
    /// <exception cref="FormatException">Not an absolute http(s) URL; the message does not repeat its query.</exception>
    public static StorageAccount FromAccountUrl(string accountUrl, StorageAuthKind auth = StorageAuthKind.Default, TokenCredential? credential = null)
    {
        if (!Uri.TryCreate(accountUrl?.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw new FormatException("The account URL must be an absolute https URL, such as https://<account>.blob.core.windows.net.");
        var address = Address(url);
        if (IsSas(url))
            return new StorageAccount(null, url, null, null, $"{address} (SAS token)");
        // Azure refuses bearer tokens over plain http, and so does the SDK: say so before any request.
        if (url.Scheme != Uri.UriSchemeHttps)
            throw new FormatException($"Entra ID sign-in needs an https account URL; {address} is http.");
        return new StorageAccount(null, url, credential ?? StorageCredentials.Create(auth), auth,
            $"{address} (Entra ID: {StorageAuthKinds.NameOf(auth)})");
    }

    /// <summary>A client of the account's blob service.</summary>
    /// <exception cref="FormatException">The connection string is malformed (the message does not repeat it).</exception>
    public BlobServiceClient CreateServiceClient(BlobClientOptions? options = null)
    {
        options ??= new BlobClientOptions();
        if (_connectionString is not null)
        {
            try
            {
                return new BlobServiceClient(_connectionString, options);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                // The SDK's parse errors may quote the string; report only that it is malformed.
                throw new FormatException("The storage connection string is malformed (expected AccountName, AccountKey and optionally BlobEndpoint; or BlobEndpoint and SharedAccessSignature).");
            }
        }
        var url = _accountUrl!;
        if (_credential is null)
        {
            var builder = new UriBuilder(url) { Query = "" };
            return new BlobServiceClient(builder.Uri, new AzureSasCredential(url.Query.TrimStart('?')), options);
        }
        return new BlobServiceClient(url, _credential, options);
    }

    private static bool IsSas(Uri url) =>
        url.Query.Split(['?', '&'], StringSplitOptions.RemoveEmptyEntries).Any(p => p.StartsWith("sig=", StringComparison.OrdinalIgnoreCase));

    private static string Address(Uri url) => new UriBuilder(url) { Query = "", Fragment = "" }.Uri.ToString().TrimEnd('/');
}
