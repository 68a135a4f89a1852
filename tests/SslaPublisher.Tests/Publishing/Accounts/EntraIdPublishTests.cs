using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Accounts;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing.Accounts;

/// <summary>Publishing with bearer tokens against Azurite's OAuth mode, and static website set-up.</summary>
public sealed class EntraIdPublishTests(AzuriteOAuthFixture azurite) : IClassFixture<AzuriteOAuthFixture>
{
    private static string NewContainer() => "entra-" + Guid.NewGuid().ToString("N")[..20];

    private async Task<List<string>> ListWithSharedKeyAsync(string container)
    {
        var client = new BlobContainerClient(azurite.ConnectionString, container, azurite.ClientOptions());
        var names = new List<string>();
        await foreach (var blob in client.GetBlobsAsync()) names.Add(blob.Name);
        return names;
    }

    [Fact]
    public async Task Should_publish_with_an_Entra_ID_token_over_https()
    {
        // Given an account reached by its URL and a credential that signs in (a minted, valid token)
        var credential = new MintedTokenCredential(TimeSpan.FromMinutes(-5));
        var account = StorageAccount.FromAccountUrl(azurite.AccountUrl.ToString(), StorageAuthKind.AzureCli, credential);
        var container = NewContainer();
        var target = new AzureBlobTarget(account.CreateServiceClient(azurite.ClientOptions()).GetBlobContainerClient(container));

        // When publishing
        var result = await SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "acme/" });

        // Then the files are there, and they went with bearer tokens
        Assert.Equal(6, result.Uploaded);
        Assert.Contains("acme/index.html", await ListWithSharedKeyAsync(container));
        Assert.True(credential.Issued > 0);
        Assert.Equal($"{azurite.AccountUrl.ToString().TrimEnd('/')} (Entra ID: azure-cli)", account.Description);
    }

    [Fact]
    public async Task Should_say_which_credential_was_refused_without_printing_the_token()
    {
        // Given a credential whose token expired an hour ago
        var credential = new MintedTokenCredential(TimeSpan.FromHours(-2));
        var account = StorageAccount.FromAccountUrl(azurite.AccountUrl.ToString(), StorageAuthKind.WorkloadIdentity, credential);
        var target = new AzureBlobTarget(account.CreateServiceClient(azurite.ClientOptions()).GetBlobContainerClient(NewContainer()));

        // When publishing
        var e = await Assert.ThrowsAnyAsync<RequestFailedException>(() => SitePublisher.PublishAsync(TestSites.Small(), target, new SyncPlanOptions { Prefix = "" }));

        // Then the message names the credential kind and never the token
        var message = StorageAccessErrors.Describe(e, account);
        Assert.NotNull(message);
        Assert.Contains("--auth workload-identity", message);
        Assert.Contains("refused the Entra ID token", message);
        Assert.DoesNotContain(credential.LastToken!, message);
        Assert.DoesNotContain(credential.LastToken!, new SecretRedactor(account.Secrets).Redact($"{e} Authorization: Bearer {credential.LastToken}"));
    }

    [Fact]
    public void Should_name_the_missing_role_when_the_identity_may_not_write()
    {
        var account = StorageAccount.FromAccountUrl("https://acme.blob.core.windows.net", StorageAuthKind.ManagedIdentity, new MintedTokenCredential(TimeSpan.Zero));
        var e = new RequestFailedException(403, "This request is not authorized to perform this operation using this permission.", "AuthorizationPermissionMismatch", null);

        var message = StorageAccessErrors.Describe(e, account);

        Assert.Equal("the identity signed in with --auth managed-identity may not write blobs in https://acme.blob.core.windows.net (Entra ID: managed-identity): " +
            "assign it the 'Storage Blob Data Contributor' role on the account or container (docs/publishing.md)", message);
    }

    [Fact]
    public void Should_treat_an_account_url_with_a_sas_token_as_sas_and_keep_the_token_out_of_its_description()
    {
        var account = StorageAccount.FromAccountUrl("https://acme.blob.core.windows.net/?sv=2024-01-01&sp=rwdl&sig=c2VjcmV0c2lnbmF0dXJl");

        Assert.Null(account.Auth);
        Assert.Equal("https://acme.blob.core.windows.net (SAS token)", account.Description);
        Assert.Equal("signature *** in a message", new SecretRedactor(account.Secrets).Redact("signature c2VjcmV0c2lnbmF0dXJl in a message"));
    }

    [Theory]
    [InlineData("acme.blob.core.windows.net")]
    [InlineData("ftp://acme.blob.core.windows.net")]
    [InlineData("http://acme.blob.core.windows.net")]
    public void Should_refuse_account_urls_that_cannot_carry_a_bearer_token(string url) =>
        Assert.Throws<FormatException>(() => StorageAccount.FromAccountUrl(url, StorageAuthKind.Default, new MintedTokenCredential(TimeSpan.Zero)));

    [Fact]
    public async Task Should_enable_the_static_website_once_and_then_find_it_set()
    {
        // Given an account whose static website is off (shared key: may change account properties)
        var service = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateServiceClient(azurite.ClientOptions());
        var properties = (await service.GetPropertiesAsync()).Value;
        properties.StaticWebsite = new BlobStaticWebsite { Enabled = false };
        await service.SetPropertiesAsync(properties);

        // When configuring it, twice
        var first = await StaticWebsiteSetup.ConfigureAsync(service, "404.html", dryRun: false);
        var second = await StaticWebsiteSetup.ConfigureAsync(service, "404.html", dryRun: false);

        // Then the first run sets index and 404 documents, the second finds nothing to do
        Assert.Equal(StaticWebsiteOutcome.Updated, first.Outcome);
        Assert.Equal(StaticWebsiteOutcome.AlreadySet, second.Outcome);
        var site = (await service.GetPropertiesAsync()).Value.StaticWebsite;
        Assert.True(site.Enabled);
        Assert.Equal("index.html", site.IndexDocument);
        Assert.Equal("404.html", site.ErrorDocument404Path);
    }

    [Fact]
    public async Task Should_hand_over_the_az_command_when_the_credential_may_not_change_the_account()
    {
        // Given a SAS that may write blobs in one container but not touch account properties
        var shared = new BlobServiceClient(azurite.ConnectionString, azurite.ClientOptions());
        var container = shared.GetBlobContainerClient(NewContainer());
        await container.CreateIfNotExistsAsync();
        var sas = container.GenerateSasUri(BlobContainerSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1));
        var account = StorageAccount.FromAccountUrl(new UriBuilder(azurite.AccountUrl) { Query = sas.Query.TrimStart('?') }.Uri.ToString());

        // When configuring the website with it
        var result = await StaticWebsiteSetup.ConfigureAsync(account.CreateServiceClient(azurite.ClientOptions()), "acme/404.html", dryRun: false);

        // Then nothing changed and the one az command that would is handed over
        Assert.Equal(StaticWebsiteOutcome.NotPermitted, result.Outcome);
        Assert.Equal("az storage blob service-properties update --account-name devstoreaccount1 --static-website " +
            "--index-document index.html --404-document acme/404.html --auth-mode login", result.Command);
    }

    [Fact]
    public async Task Should_only_plan_on_a_dry_run()
    {
        var service = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateServiceClient(azurite.ClientOptions());
        var before = (await service.GetPropertiesAsync()).Value.StaticWebsite;

        var result = await StaticWebsiteSetup.ConfigureAsync(service, "missing/404.html", dryRun: true);

        Assert.Equal(StaticWebsiteOutcome.Planned, result.Outcome);
        Assert.Equal(before.ErrorDocument404Path, (await service.GetPropertiesAsync()).Value.StaticWebsite.ErrorDocument404Path);
    }
}
