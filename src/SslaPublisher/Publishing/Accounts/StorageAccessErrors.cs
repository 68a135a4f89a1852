using Azure;
using Azure.Identity;

namespace SslaPublisher.Publishing.Accounts;

/// <summary>
/// One-line explanations of why an account refused us: which credential was tried, and what a user does next
/// (sign in, or assign a role). Never the token, never the SDK's multi-line dump.
/// </summary>
public static class StorageAccessErrors
{
    /// <summary>The role that lets an identity list, write and delete blobs.</summary>
    public const string ContributorRole = "Storage Blob Data Contributor";

    /// <summary>
    /// A message for <paramref name="e"/> when it is a sign-in or permission failure of <paramref name="account"/>,
    /// or null when it is some other failure.
    /// </summary>
    public static string? Describe(Exception e, StorageAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var via = account.Auth is { } kind ? StorageAuthKinds.NameOf(kind) : null;
        return e switch
        {
            CredentialUnavailableException when via is not null =>
                $"no Entra ID credential is available (--auth {via}): {Hint(account.Auth!.Value)}",
            AuthenticationFailedException when via is not null =>
                $"Entra ID sign-in failed (--auth {via}): {Hint(account.Auth!.Value)}",
            RequestFailedException { Status: 403 } r when via is not null && IsPermission(r.ErrorCode) =>
                $"the identity signed in with --auth {via} may not write blobs in {account.Description}: assign it the '{ContributorRole}' role on the account or container (docs/publishing.md)",
            RequestFailedException { Status: 401 or 403 } r when via is not null =>
                $"the storage account refused the Entra ID token of --auth {via} ({r.Status} {r.ErrorCode}): sign in again, and check that the account URL belongs to the signed-in tenant",
            RequestFailedException { Status: 403 } r when account.IsSasUrl && IsSasScope(r.ErrorCode) =>
                $"the SAS token of {account.Description} does not allow this ({r.Status} {r.ErrorCode}): it needs read, write, delete and list on the container",
            AggregateException a => a.Flatten().InnerExceptions.Select(inner => Describe(inner, account)).FirstOrDefault(m => m is not null),
            _ when e.InnerException is { } inner => Describe(inner, account),
            _ => null,
        };
    }

    // Azure answers these codes when the caller is known but lacks a data-plane role.
    private static bool IsPermission(string? code) =>
        code is "AuthorizationPermissionMismatch" or "AuthorizationFailure" or "InsufficientAccountPermissions";

    private static bool IsSasScope(string? code) =>
        code is "AuthorizationPermissionMismatch" or "AuthorizationResourceTypeMismatch" or "AuthorizationServiceMismatch" or "AuthorizationFailure";

    private static string Hint(StorageAuthKind kind) => kind switch
    {
        StorageAuthKind.AzureCli => "run 'az login' (and 'az account set' for the right subscription)",
        StorageAuthKind.Environment => "set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH)",
        StorageAuthKind.WorkloadIdentity => "set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE (GitHub Actions: azure/login with OIDC)",
        StorageAuthKind.ManagedIdentity => "run on an Azure resource with a managed identity, or pick another --auth",
        _ => "sign in with 'az login', or set the environment of a service principal or workload identity (docs/publishing.md)",
    };
}
