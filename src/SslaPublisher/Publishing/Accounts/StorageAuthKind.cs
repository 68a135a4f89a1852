namespace SslaPublisher.Publishing.Accounts;

/// <summary>How <c>ssla publish</c> signs in to a storage account given by its URL (<c>--auth</c>).</summary>
/// <remarks>
/// The Entra ID kinds map one to one onto Azure.Identity credentials, so their behaviour (environment variables,
/// token caches, the Azure CLI's login) is Azure.Identity's, documented there, not ours.
/// </remarks>
public enum StorageAuthKind
{
    /// <summary><c>DefaultAzureCredential</c>: environment, workload identity, managed identity, Azure CLI, … in its order.</summary>
    Default,

    /// <summary><c>EnvironmentCredential</c>: <c>AZURE_TENANT_ID</c>, <c>AZURE_CLIENT_ID</c> and a secret or certificate.</summary>
    Environment,

    /// <summary><c>WorkloadIdentityCredential</c>: a federated token file (GitHub Actions OIDC, Kubernetes).</summary>
    WorkloadIdentity,

    /// <summary><c>ManagedIdentityCredential</c>: the identity of the Azure VM, container or App Service running ssla.</summary>
    ManagedIdentity,

    /// <summary><c>AzureCliCredential</c>: whoever ran <c>az login</c> on this machine.</summary>
    AzureCli,
}

/// <summary>The <c>--auth</c> names of <see cref="StorageAuthKind"/>.</summary>
public static class StorageAuthKinds
{
    private static readonly (string Name, StorageAuthKind Kind)[] Names =
    [
        ("default", StorageAuthKind.Default),
        ("environment", StorageAuthKind.Environment),
        ("workload-identity", StorageAuthKind.WorkloadIdentity),
        ("managed-identity", StorageAuthKind.ManagedIdentity),
        ("azure-cli", StorageAuthKind.AzureCli),
    ];

    /// <summary>Every accepted name, in the order help lists them.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>The kind named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static StorageAuthKind? Parse(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } hit ? hit.Kind : null;

    /// <summary>The <c>--auth</c> name of <paramref name="kind"/>.</summary>
    public static string NameOf(StorageAuthKind kind) => Names.First(n => n.Kind == kind).Name;
}
