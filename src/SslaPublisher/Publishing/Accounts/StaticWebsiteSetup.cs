using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace SslaPublisher.Publishing.Accounts;

/// <summary>What <see cref="StaticWebsiteSetup"/> did, or would do.</summary>
public enum StaticWebsiteOutcome
{
    /// <summary>The account already serves the site with these documents.</summary>
    AlreadySet,

    /// <summary>The static website properties were written.</summary>
    Updated,

    /// <summary>A dry run: nothing was read or written; <see cref="StaticWebsiteResult.Command"/> shows the change.</summary>
    Planned,

    /// <summary>The credential may not change account properties; <see cref="StaticWebsiteResult.Command"/> would.</summary>
    NotPermitted,
}

/// <summary>The outcome, and the one <c>az</c> command that makes the same change by hand.</summary>
public sealed record StaticWebsiteResult(StaticWebsiteOutcome Outcome, string Command);

/// <summary>
/// <c>ssla publish --configure-website</c>: enables the account's static website with <c>index.html</c> as index
/// document and the site's 404 page as error document, keeping every other service property as it was.
/// </summary>
/// <remarks>
/// Static website settings belong to the account, not to a container: one account serves one site, so an agency's
/// brands share the index and 404 documents (each brand folder has its own index.html; the 404 is the root's).
/// </remarks>
public static class StaticWebsiteSetup
{
    /// <summary>The index document name Azure looks for in every folder.</summary>
    public const string IndexDocument = "index.html";

    /// <summary>Reads the account's properties and changes them only where they differ.</summary>
    public static async Task<StaticWebsiteResult> ConfigureAsync(BlobServiceClient service, string errorDocument,
        bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var command = AzCommand(service.AccountName, errorDocument);
        if (dryRun) return new StaticWebsiteResult(StaticWebsiteOutcome.Planned, command);
        try
        {
            BlobServiceProperties properties = await service.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            var site = properties.StaticWebsite;
            if (site is { Enabled: true } && site.IndexDocument == IndexDocument && site.ErrorDocument404Path == errorDocument)
                return new StaticWebsiteResult(StaticWebsiteOutcome.AlreadySet, command);
            properties.StaticWebsite = new BlobStaticWebsite
            {
                Enabled = true,
                IndexDocument = IndexDocument,
                ErrorDocument404Path = errorDocument,
                DefaultIndexDocumentPath = site?.DefaultIndexDocumentPath,
            };
            await service.SetPropertiesAsync(properties, cancellationToken).ConfigureAwait(false);
            return new StaticWebsiteResult(StaticWebsiteOutcome.Updated, command);
        }
        catch (RequestFailedException e) when (e.Status is 401 or 403)
        {
            // A container-scoped SAS or a Blob Data role may upload but not change the account: hand over the command.
            return new StaticWebsiteResult(StaticWebsiteOutcome.NotPermitted, command);
        }
    }

    /// <summary>The Azure CLI command that makes the same change.</summary>
    public static string AzCommand(string accountName, string errorDocument) =>
        $"az storage blob service-properties update --account-name {accountName} --static-website " +
        $"--index-document {IndexDocument} --404-document {errorDocument} --auth-mode login";
}
