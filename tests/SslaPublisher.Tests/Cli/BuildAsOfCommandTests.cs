using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary><c>ssla build --as-of</c> and <c>ssla publish --as-of</c> on the command line.</summary>
public sealed class BuildAsOfCommandTests
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Pages", "Fixtures", "notices", "ssla.yaml");

    [Fact]
    public async Task Should_build_the_bios_of_the_given_instant()
    {
        // Given the notices brand, built in the storm and after it
        using var dir = new TempDir();
        var storm = await CliRunner.RunAsync("build", Fixture, "-o", Path.Combine(dir.Path, "storm"), "--as-of", "2027-01-11T10:00:00-05:00");
        var after = await CliRunner.RunAsync("build", Fixture, "-o", Path.Combine(dir.Path, "after"), "--as-of", "2027-02-01T00:00:00Z");

        // Then X's bio states the temporary promise only in the storm
        Assert.Equal((0, 0), (storm.ExitCode, after.ExitCode));
        Assert.EndsWith("replies in 2 hr", await File.ReadAllTextAsync(Path.Combine(dir.Path, "storm", "bio", "x-help.txt")), StringComparison.Ordinal);
        Assert.EndsWith("replies in 15 min", await File.ReadAllTextAsync(Path.Combine(dir.Path, "after", "bio", "x-help.txt")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "-o")]
    [InlineData("publish", "--to-folder")]
    public async Task Should_exit_2_for_an_as_of_without_a_zone(string command, string output)
    {
        using var dir = new TempDir();
        var result = await CliRunner.RunAsync(command, Fixture, output, Path.Combine(dir.Path, "out"), "--as-of", "2027-01-11T10:00");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'2027-01-11T10:00' is not an ISO-8601 instant", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_as_of_when_publishing_a_folder_already_built()
    {
        using var dir = new TempDir();
        var result = await CliRunner.RunAsync("publish", "--from", dir.Path, "--to-folder", Path.Combine(dir.Path, "out"), "--as-of", "now");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of belong to the build", result.Error, StringComparison.Ordinal);
    }
}
