using System.Text.RegularExpressions;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

/// <summary><c>--shard i/n</c> and <c>--index-only</c>: shards of an agency add up to the unsharded build.</summary>
public class ShardedBuildTests
{
    private static MultiBrandBuilder Builder() => new(SiteBuilder.CreateDefault(TemplateSet.Default));

    // Files of a build folder by relative path, without the build cache (it describes its own folder's brands).
    private static Dictionary<string, byte[]> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).StartsWith(".ssla-", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)), StringComparer.Ordinal);

    [Fact]
    public void Should_add_up_to_the_unsharded_build_byte_for_byte()
    {
        // Given an agency of seven brands
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        SampleBrands.Write(agency, count: 7, channels: 1);
        Builder().Build(agency, Path.Combine(dir.Path, "all"));

        // When it is built as three shards and an index-only step, each into its own folder (as CI runners would)
        var union = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var brandsPerShard = new List<int>();
        foreach (var i in new[] { 1, 2, 3 })
        {
            var shard = BrandShard.TryParse($"{i}/3", out _)!;
            var results = Builder().Build(agency, Path.Combine(dir.Path, $"shard{i}"), new MultiBrandBuildOptions { Shard = shard });
            brandsPerShard.Add(results.Count);
            foreach (var (path, bytes) in FilesOf(Path.Combine(dir.Path, $"shard{i}"))) Assert.True(union.TryAdd(path, bytes), $"{path} is in two shards");
        }
        Builder().Build(agency, Path.Combine(dir.Path, "index"), new MultiBrandBuildOptions { IndexOnly = true });
        foreach (var (path, bytes) in FilesOf(Path.Combine(dir.Path, "index"))) Assert.True(union.TryAdd(path, bytes), $"{path} is in a shard and the index");

        // Then every brand was in exactly one shard, and the union is the unsharded build, byte for byte
        Assert.Equal(7, brandsPerShard.Sum());
        var all = FilesOf(Path.Combine(dir.Path, "all"));
        Assert.Equal(all.Keys.Order(StringComparer.Ordinal), union.Keys.Order(StringComparer.Ordinal));
        Assert.All(all, f => Assert.True(f.Value.AsSpan().SequenceEqual(union[f.Key]), $"{f.Key} differs"));
    }

    [Fact]
    public void Should_validate_only_its_own_brands_but_every_slug()
    {
        // Given an agency of six brands where one of shard 2/2's brands names a time zone that does not exist
        using var dir = new TempDir();
        var agency = Path.Combine(dir.Path, "agency");
        var files = SampleBrands.Write(agency, count: 6, channels: 1);
        var first = BrandShard.TryParse("1/2", out _)!;
        var second = BrandShard.TryParse("2/2", out _)!;
        var broken = files.First(f => second.Contains(BrandSlugReader.TryRead(f)!));
        File.WriteAllText(broken, Regex.Replace(File.ReadAllText(broken), @"timezone: \S+", "timezone: Mars/Olympus_Mons"));

        // When shard 1/2 is built, it builds its own brands and does not fail on another shard's brand
        var results = Builder().Build(agency, Path.Combine(dir.Path, "shard1"), new MultiBrandBuildOptions { Shard = first });
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(first.Contains(r.Slug)));

        // Then shard 2/2 and the index-only step, which load that brand, name the file and the field
        foreach (var options in new[] { new MultiBrandBuildOptions { Shard = second }, new MultiBrandBuildOptions { IndexOnly = true } })
        {
            var error = Assert.Throws<DefinitionException>(() => Builder().Build(agency, Path.Combine(dir.Path, "out"), options));
            Assert.Contains(error.Diagnostics, d => d.File.EndsWith(Path.Combine(Path.GetFileName(Path.GetDirectoryName(broken)!), "ssla.yaml"), StringComparison.Ordinal)
                && d.Message.Contains("Mars/Olympus_Mons", StringComparison.Ordinal));
        }

        // And a slug used twice fails every shard, whichever shard the two brands fall in
        File.WriteAllText(files[1], Regex.Replace(File.ReadAllText(files[1]), @"slug: \S+", $"slug: {BrandSlugReader.TryRead(files[0])}"));
        foreach (var shard in new[] { first, second })
        {
            var clash = Assert.Throws<DefinitionException>(() => Builder().Build(agency, Path.Combine(dir.Path, "out"), new MultiBrandBuildOptions { Shard = shard }));
            Assert.Contains(clash.Diagnostics, d => d.Message.Contains("is already used by", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("brand:\n  name: A\n  slug: a-brand\n", "a-brand")]
    [InlineData("# c\nchannels: [{id: x}]\nbrand: {name: A, slug: b-brand}\n", "b-brand")]
    [InlineData("brand:\n  name: A\n", null)]
    [InlineData("brand: A\nslug: a\n", null)]
    [InlineData("brand:\n  slug: [oops\n", null)]
    [InlineData("- a list\n", null)]
    public void Should_read_the_slug_alone_or_nothing(string yaml, string? expected)
    {
        // Given an ssla.yaml, well formed or not
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "ssla.yaml");
        File.WriteAllText(path, yaml);

        // Then only brand.slug is read, and a file that does not get that far gives nothing (it is then loaded whole)
        Assert.Equal(expected, BrandSlugReader.TryRead(path));
    }

    [Fact]
    public void Should_keep_every_brand_in_its_shard_when_brands_are_added()
    {
        var slugs = Enumerable.Range(0, 500).Select(i => $"brand-{i:D4}").ToList();
        var shards = Enumerable.Range(1, 4).Select(i => BrandShard.TryParse($"{i}/4", out _)!).ToList();
        int ShardOf(string slug) => shards.Single(s => s.Contains(slug)).Index;
        var before = slugs.ToDictionary(s => s, ShardOf);

        // Adding 500 more brands (the hash depends on a slug alone) moves none of the first 500
        var after = slugs.Concat(Enumerable.Range(500, 500).Select(i => $"brand-{i:D4}")).ToDictionary(s => s, ShardOf);

        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
        // And the split is even enough to be worth it: every shard holds 20–30 % of the brands
        Assert.All(after.GroupBy(a => a.Value), g => Assert.InRange(g.Count(), 200, 300));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("1-4")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Should_refuse_a_shard_that_is_not_i_of_n(string text)
    {
        Assert.Null(BrandShard.TryParse(text, out var error));
        Assert.Contains("--shard takes i/n", error);
    }
}
