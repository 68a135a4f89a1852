using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary><c>ssla build --shard i/n</c> and <c>--index-only</c> as a CI matrix runs them.</summary>
public class ShardOptionTests
{
    [Fact]
    public async Task Should_build_one_share_without_an_index_then_the_index_alone()
    {
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        SampleBrands.Write(agency, count: 4, channels: 1);
        var shard = Path.Combine(dir.Path, "shard");
        var index = Path.Combine(dir.Path, "index");

        var first = await CliRunner.RunAsync("build", agency, "-o", shard, "--shard", "1/2");
        var last = await CliRunner.RunAsync("build", agency, "-o", index, "--index-only");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("Built shard 1/2: ", first.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(shard, "index.html")));
        var built = Directory.GetDirectories(shard).Select(Path.GetFileName).ToList();
        var one = BrandShard.TryParse("1/2", out _)!;
        Assert.Equal(Enumerable.Range(0, 4).Select(i => $"brand-{i:D4}").Where(one.Contains).Order(), built.Order());
        Assert.Equal(0, last.ExitCode);
        Assert.True(File.Exists(Path.Combine(index, "index.html")));
        Assert.Empty(Directory.GetDirectories(index));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public async Task Should_refuse_a_shard_that_is_not_i_of_n(string shard)
    {
        using var dir = new TempDir();
        SampleBrands.Write(Path.Combine(dir.Path, "agency"), count: 2, channels: 1);

        var result = await CliRunner.RunAsync("build", Path.Combine(dir.Path, "agency"), "-o", Path.Combine(dir.Path, "out"), "--shard", shard);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard takes i/n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_shard_a_single_brand()
    {
        using var dir = new TempDir();
        var result = await CliRunner.RunAsync("build", Path.Combine(RepoPaths.Root, "examples", "acme-air"), "-o", Path.Combine(dir.Path, "out"), "--shard", "1/2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("split an agency folder", result.Error, StringComparison.Ordinal);
    }
}
