using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing.Accounts;

/// <summary><c>ssla publish --account-url/--auth/--configure-website/--website-url</c> through the command line.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AccountOptionsTests(AzuriteFixture azurite)
{
    // An account SAS for containers and blobs, not for the service's settings (as a CI secret often is).
    private async Task<(string AccountUrl, string Container, string Signature)> ContainerSasAsync()
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var container = service.GetBlobContainerClient(azurite.NewContainerName());
        await container.CreateIfNotExistsAsync();
        var sas = service.GenerateAccountSasUri(Azure.Storage.Sas.AccountSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1),
            Azure.Storage.Sas.AccountSasResourceTypes.Container | Azure.Storage.Sas.AccountSasResourceTypes.Object);
        var signature = Uri.UnescapeDataString(sas.Query.Split('&').Single(p => p.StartsWith("sig=", StringComparison.Ordinal))[4..]);
        return (sas.ToString(), container.Name, signature);
    }

    [Fact]
    public async Task Should_publish_with_a_SAS_account_url_and_print_the_website_url_without_the_token()
    {
        var (account, container, signature) = await ContainerSasAsync();

        var result = await CliRunner.RunAsync("publish", RepoPaths.Example(), "--account-url", account, "--container", container,
            "--website-url", "https://acme.z6.web.core.windows.net", "--configure-website", "--json");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("\"url\":\"https://acme.z6.web.core.windows.net/acme-air/index.html\"", result.Output.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        // A container SAS may upload but not change the account: the az command is handed over instead
        Assert.Contains("az storage blob service-properties update --account-name devstoreaccount1 --static-website --index-document index.html --404-document acme-air/404.html", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(signature, result.All, StringComparison.Ordinal);
        var blobs = new BlobContainerClient(azurite.ConnectionString, container);
        Assert.True((await blobs.GetBlobClient("acme-air/index.html").ExistsAsync()).Value);
    }

    [Fact]
    public async Task Should_name_the_credential_and_what_to_do_when_it_cannot_sign_in()
    {
        // EnvironmentCredential with none of its variables set cannot sign in; nothing answers on port 9 anyway
        foreach (var name in new[] { "AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_CLIENT_CERTIFICATE_PATH", "AZURE_USERNAME" })
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)), $"{name} is set on this machine");

        var result = await CliRunner.RunAsync("publish", RepoPaths.Example(), "--account-url", "https://127.0.0.1:9/devstoreaccount1",
            "--auth", "environment", "--stall-timeout", "60");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no Entra ID credential is available (--auth environment): set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--auth", "password", "--auth takes one of default, environment, workload-identity, managed-identity, azure-cli")]
    [InlineData("--account-url", "http://acme.blob.core.windows.net", "Entra ID sign-in needs an https account URL")]
    [InlineData("--website-url", "acme.z6.web.core.windows.net", "--website-url must be an https URL")]
    public async Task Should_refuse_account_options_that_cannot_work(string option, string value, string message)
    {
        var args = new List<string> { "publish", RepoPaths.Example(), option, value };
        if (option == "--auth") args.AddRange(["--account-url", "https://acme.blob.core.windows.net"]);

        var result = await CliRunner.RunAsync([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}
