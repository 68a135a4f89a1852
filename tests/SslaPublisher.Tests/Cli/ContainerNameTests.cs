using SslaPublisher.Publishing;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary>A container name Azure would refuse is a usage error found before connecting.</summary>
public class ContainerNameTests
{
    [Theory]
    [InlineData("$web")]
    [InlineData("site")]
    [InlineData("brand-1")]
    public void Should_accept_names_azure_accepts(string name) => Assert.Null(ContainerName.Problem(name));

    [Theory]
    [InlineData("c1")]
    [InlineData("Site")]
    [InlineData("a--b")]
    [InlineData("-ab")]
    [InlineData("site_1")]
    public void Should_refuse_names_azure_refuses(string name) => Assert.NotNull(ContainerName.Problem(name));

    [Fact]
    public async Task Should_exit_with_2_for_container_c1_without_connecting()
    {
        var result = await CliRunner.RunAsync("publish", RepoPaths.Example(), "--container", "c1",
            "--connection-string", "DefaultEndpointsProtocol=http;AccountName=a;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:9/a;");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--container: 'c1' is not a valid container name", result.Error, StringComparison.Ordinal);
    }
}
