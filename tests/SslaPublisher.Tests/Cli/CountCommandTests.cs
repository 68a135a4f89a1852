using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

public class CountCommandTests
{
    [Fact]
    public async Task Should_print_count_over_limit_and_exit_0_when_the_text_fits()
    {
        // Given a short text for Bluesky (graphemes: the family emoji counts 1)
        // When counting it
        var result = await CliRunner.RunAsync("count", "--platform", "bluesky", "Help 👨‍👩‍👧‍👦");

        // Then count/limit is printed and the exit code is 0
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("6/256", result.Output.Trim());
    }

    [Theory]
    [InlineData("count", "-p", "x", "@AcmeAirHelp #help", "18/160 weighted, 18/160 plain")]
    [InlineData("count", "@AcmeAirHelp", "--platform", "bluesky", "12/256")]
    public async Task Should_count_a_text_that_starts_with_an_at_sign_not_read_it_as_a_response_file(string a, string b, string c, string d, string expected)
    {
        // Given a text starting with '@', which System.CommandLine would otherwise take for a response file
        // When counting it
        var result = await CliRunner.RunAsync(a, b, c, d);

        // Then it is counted as it is
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Output.Trim());
    }

    [Fact]
    public async Task Should_print_weighted_and_plain_counts_for_x()
    {
        // Given CJK text on X (weighted 2 each, plain 1 each)
        // When counting it
        var result = await CliRunner.RunAsync("count", "-p", "x", "故人西辞");

        // Then both counts are printed
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("8/160 weighted, 4/160 plain", result.Output.Trim());
    }

    [Fact]
    public async Task Should_exit_1_when_the_text_is_over_the_limit()
    {
        // Given 81 characters for TikTok (80)
        // When counting them
        var result = await CliRunner.RunAsync("count", "--platform", "tiktok", new string('a', 81));

        // Then the count shows it and the exit code is 1
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("81/80", result.Output.Trim());
        Assert.Contains("Over TikTok's bio limit of 80 by 1.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_2_and_list_platforms_for_an_unknown_platform()
    {
        // When counting for a platform the catalog does not know
        var result = await CliRunner.RunAsync("count", "--platform", "myspace", "hi");

        // Then it is a usage error naming the known platforms
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown platform 'myspace'. Known platforms: x, facebook", result.Error, StringComparison.Ordinal);
    }
}
