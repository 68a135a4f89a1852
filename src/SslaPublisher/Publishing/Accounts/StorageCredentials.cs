using Azure.Core;
using Azure.Identity;

namespace SslaPublisher.Publishing.Accounts;

/// <summary>The Azure.Identity credential behind each <see cref="StorageAuthKind"/>.</summary>
public static class StorageCredentials
{
    /// <summary>How long one token request may take before the credential gives up (a hung IMDS or CLI).</summary>
    public static readonly TimeSpan TokenTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A new credential of <paramref name="kind"/>.</summary>
    public static TokenCredential Create(StorageAuthKind kind)
    {
        var retry = new TokenCredentialOptions();
        retry.Retry.NetworkTimeout = TokenTimeout;
        retry.Retry.MaxRetries = 2;
        return kind switch
        {
            StorageAuthKind.Default => new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                // A browser sign-in has no place in CI or a terminal tool; Visual Studio's is Windows-only noise.
                ExcludeInteractiveBrowserCredential = true,
                ExcludeVisualStudioCredential = true,
                CredentialProcessTimeout = TokenTimeout,
                Retry = { NetworkTimeout = TokenTimeout, MaxRetries = 2 },
            }),
            StorageAuthKind.Environment => new EnvironmentCredential(retry),
            StorageAuthKind.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
            {
                Retry = { NetworkTimeout = TokenTimeout, MaxRetries = 2 },
            }),
            StorageAuthKind.ManagedIdentity => new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(ManagedIdentity())
            {
                Retry = { NetworkTimeout = TokenTimeout, MaxRetries = 2 },
            }),
            StorageAuthKind.AzureCli => new AzureCliCredential(new AzureCliCredentialOptions { ProcessTimeout = TokenTimeout }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown authentication kind."),
        };
    }

    // A user-assigned identity is named by AZURE_CLIENT_ID, as DefaultAzureCredential reads it; else the system one.
    private static ManagedIdentityId ManagedIdentity() =>
        System.Environment.GetEnvironmentVariable("AZURE_CLIENT_ID") is { Length: > 0 } clientId
            ? ManagedIdentityId.FromUserAssignedClientId(clientId)
            : ManagedIdentityId.SystemAssigned;
}
