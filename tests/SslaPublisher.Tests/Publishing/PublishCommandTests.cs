using System.Text.Json;
using SslaPublisher.Cli;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Publishing;

/// <summary>The <c>ssla publish</c> command end to end, against the shared test Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublishCommandTests(AzuriteFixture azurite)
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Should_print_counts_and_url_as_json_and_converge_on_republish()
    {
        // Given the example brand and a fresh container
        var container = azurite.NewContainerName();
        string[] args = ["publish", RepoPaths.Example(), "--connection-string", azurite.ConnectionString, "--container", container, "--json"];

        // When publishing twice
        var first = await RunAsync(args);
        var second = await RunAsync(args);

        // Then the first uploads the site, the second nothing, and the URL is the index page under the brand's slug
        Assert.Equal((0, ""), (first.Code, first.Err));
        using var a = JsonDocument.Parse(first.Out);
        using var b = JsonDocument.Parse(second.Out);
        Assert.True(a.RootElement.GetProperty("uploaded").GetInt32() > 0);
        Assert.Equal(0, b.RootElement.GetProperty("uploaded").GetInt32());
        Assert.Equal(a.RootElement.GetProperty("uploaded").GetInt32(), b.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, b.RootElement.GetProperty("bytes").GetInt64());
        Assert.Equal($"http://127.0.0.1:{azurite.Server.Port}/devstoreaccount1/{container}/acme-air/index.html",
            a.RootElement.GetProperty("url").GetString());
        // and each says where its time went: the first spent some uploading, the unchanged one none beyond listing
        var stages = new[] { "hash", "lock", "list", "diff", "transfer" };
        Assert.Equal(stages, a.RootElement.GetProperty("seconds").EnumerateObject().Select(p => p.Name));
        Assert.All(stages, s => Assert.True(b.RootElement.GetProperty("seconds").GetProperty(s).GetDouble() >= 0, s));
        Assert.True(a.RootElement.GetProperty("seconds").GetProperty("transfer").GetDouble() > 0);
        Assert.True(b.RootElement.GetProperty("seconds").GetProperty("list").GetDouble() > 0);
    }

    [Fact]
    public async Task Should_change_nothing_on_a_dry_run()
    {
        // Given a fresh container
        var container = azurite.NewContainerName();

        // When running a dry run, then a real run
        var dry = await RunAsync("publish", RepoPaths.Example(), "--connection-string", azurite.ConnectionString, "--container", container, "--dry-run");
        var real = await RunAsync("publish", RepoPaths.Example(), "--connection-string", azurite.ConnectionString, "--container", container, "--json");

        // Then the dry run listed the uploads and the real run still had all of them to do
        Assert.Equal(0, dry.Code);
        Assert.Contains("upload (new)", dry.Out);
        Assert.Contains("acme-air/index.html", dry.Out);
        using var json = JsonDocument.Parse(real.Out);
        Assert.Equal(dry.Out.Split('\n').Count(l => l.StartsWith("upload (new)", StringComparison.Ordinal)), json.RootElement.GetProperty("uploaded").GetInt32());
    }

    [Fact]
    public async Task Should_refuse_an_unsafe_prefix_as_a_usage_error()
    {
        // When publishing under a prefix that climbs out
        var run = await RunAsync("publish", RepoPaths.Example(), "--connection-string", azurite.ConnectionString, "--prefix", "../x");

        // Then it is a usage error naming the option, in words meant for a person (no exception parameter name)
        Assert.Equal(2, run.Code);
        Assert.Contains("error: --prefix: Unsafe prefix '../x'", run.Err);
        Assert.DoesNotContain("(Parameter", run.Err);
    }

    [Fact]
    public async Task Should_never_print_the_key_of_a_failing_account()
    {
        // Given a wrong key for the test Azurite, and a host that does not exist
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        var wrongKey = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};BlobEndpoint=http://127.0.0.1:{azurite.Server.Port}/devstoreaccount1;";
        var badHost = $"DefaultEndpointsProtocol=https;AccountName=nosuchaccount;AccountKey={key};BlobEndpoint=https://nosuchaccount.invalid/;";

        // When publishing with each (the bad host through the environment variable)
        var denied = await RunAsync("publish", RepoPaths.Example(), "--connection-string", wrongKey);
        (int Code, string Out, string Err) unreachable;
        Environment.SetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING", badHost);
        try
        {
            unreachable = await RunAsync("publish", RepoPaths.Example());
        }
        finally
        {
            Environment.SetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING", null);
        }

        // Then both fail as outside failures with a useful message, and the key appears nowhere in any form
        Assert.Equal(3, denied.Code);
        Assert.Contains("403", denied.Err);
        Assert.Equal(3, unreachable.Code);
        Assert.Contains("could not reach", unreachable.Err);
        foreach (var text in new[] { denied.Out, denied.Err, unreachable.Out, unreachable.Err })
        {
            Assert.DoesNotContain(key, text);
            Assert.DoesNotContain(Uri.EscapeDataString(key), text);
            Assert.DoesNotContain(key[..16], text);
        }
    }

    [Fact]
    public async Task Should_not_echo_the_key_in_a_usage_error()
    {
        // Given a command line whose connection string lost its option name
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));

        // When parsing fails on the stray argument
        var run = await RunAsync("publish", RepoPaths.Example(), $"AccountName=a;AccountKey={key};EndpointSuffix=core.windows.net");

        // Then it is a usage error that names the argument without the key
        Assert.Equal(2, run.Code);
        Assert.Contains("AccountKey=***", run.Err);
        Assert.DoesNotContain(key, run.Err);
    }
}
