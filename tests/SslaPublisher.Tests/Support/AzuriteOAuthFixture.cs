using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using SslaPublisher.Publishing.Local;

namespace SslaPublisher.Tests.Support;

/// <summary>
/// Azurite over HTTPS with <c>--oauth basic</c>: it checks every bearer token's lifetime, issuer and audience (not
/// its signature), so tests can mint tokens and the SDK's real bearer-token path runs. The certificate is made here,
/// for 127.0.0.1, and trusted only by the clients this fixture hands out.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "xunit ends a fixture through IAsyncLifetime.DisposeAsync, which disposes the folder after stopping the server.")]
public sealed class AzuriteOAuthFixture : IAsyncLifetime
{
    private readonly TempDir _data = new();
    private AzuriteProcess? _server;
    private X509Certificate2? _certificate;

    /// <summary>The blob endpoint of the development account, https.</summary>
    public Uri AccountUrl => new($"https://127.0.0.1:{Server.Port}/{LocalAzurite.AccountName}");

    /// <summary>Shared-key connection string over https (for setting up and inspecting what a test did).</summary>
    public string ConnectionString => LocalAzurite.ConnectionStringFor(Server.Port)
        .Replace("http=", "https=", StringComparison.Ordinal).Replace("http://", "https://", StringComparison.Ordinal);

    private AzuriteProcess Server => _server ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>Client options whose transport trusts this fixture's certificate and nothing else self-signed.</summary>
    public BlobClientOptions ClientOptions()
    {
        var expected = _certificate!.GetCertHashString(HashAlgorithmName.SHA256);
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
                errors == SslPolicyErrors.None || cert?.GetCertHashString(HashAlgorithmName.SHA256) == expected,
        };
        var options = new BlobClientOptions { Transport = new HttpClientTransport(handler) };
        options.Retry.MaxRetries = 0;
        return options;
    }

    public async Task InitializeAsync()
    {
        _certificate = MakeCertificate();
        var cert = Path.Combine(_data.Path, "cert.pem");
        var key = Path.Combine(_data.Path, "key.pem");
        await File.WriteAllTextAsync(cert, _certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(key, _certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var root = AzuriteLocator.FindRoot(RepoPaths.Root)
            ?? throw new InvalidOperationException($"node_modules/azurite is missing above {RepoPaths.Root}: run scripts/setup.sh.");
        _server = await AzuriteProcess.StartAsync(root, Path.Combine(_data.Path, "data"),
            extraArguments: ["--oauth", "basic", "--cert", cert, "--key", key]);
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        _certificate?.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }

    private static X509Certificate2 MakeCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var made = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(2));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }
}

/// <summary>
/// A credential that mints Entra-shaped tokens (issuer sts.windows.net, audience storage.azure.com) valid from
/// <paramref name="lifetimeStart"/> for an hour; counts the tokens it handed out, so a test knows the bearer path ran.
/// </summary>
public sealed class MintedTokenCredential(TimeSpan lifetimeStart) : TokenCredential
{
    private int _issued;

    /// <summary>How many tokens the SDK asked for.</summary>
    public int Issued => _issued;

    /// <summary>The last token handed out (so a test can check no message repeats it).</summary>
    public string? LastToken { get; private set; }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _issued);
        var start = DateTimeOffset.UtcNow + lifetimeStart;
        var claims = new Dictionary<string, object>
        {
            ["aud"] = "https://storage.azure.com",
            ["iss"] = "https://sts.windows.net/00000000-0000-0000-0000-000000000001/",
            ["iat"] = start.ToUnixTimeSeconds(),
            ["nbf"] = start.ToUnixTimeSeconds(),
            ["exp"] = start.AddHours(1).ToUnixTimeSeconds(),
            ["oid"] = "00000000-0000-0000-0000-000000000002",
        };
        LastToken = $"{Segment(new { alg = "RS256", typ = "JWT" })}.{Segment(claims)}.c2lnbmF0dXJl";
        return new AccessToken(LastToken, start.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Segment(object value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
