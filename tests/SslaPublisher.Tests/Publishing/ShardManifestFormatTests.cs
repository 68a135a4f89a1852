using System.IO.Compression;
using SslaPublisher.Publishing;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Tests.Publishing;

/// <summary>The stored form of a shard's manifest: deterministic, read back whole, refused when it is not this shard's.</summary>
public sealed class ShardManifestFormatTests
{
    private static readonly BrandShard Shard = BrandShard.TryParse("3/8", out _)!;

    private static readonly (string, byte[], long, string?, string?)[] Files =
    [
        ("sites/brand-b/index.html", [.. Enumerable.Range(0, 16).Select(i => (byte)i)], 1234, "text/html; charset=utf-8", "public, max-age=300"),
        ("sites/brand-a/logo.png", [.. Enumerable.Range(16, 16).Select(i => (byte)i)], 99, null, null),
    ];

    [Fact]
    public void Should_store_the_same_bytes_for_the_same_files_and_read_them_back_in_ordinal_order()
    {
        // Given a manifest of two files given out of order
        var manifest = ShardManifest.Of("sites/", Shard, Files);

        // When it is stored twice (the second time from files in the other order) and read back
        var bytes = manifest.ToBytes();
        var again = ShardManifest.Of("sites/", Shard, Files.AsEnumerable().Reverse()).ToBytes();
        var read = ShardManifest.TryParse(bytes, "sites/", Shard, out var problem);

        // Then the bytes are equal, and the files come back sorted, relative to the prefix, with MD5s and headers
        Assert.Equal(bytes, again);
        Assert.Null(problem);
        Assert.Equal(["brand-a/logo.png", "brand-b/index.html"], read!.Files.Select(f => f.Name));
        Assert.Equal(Files[0].Item2, read.ToRemote().Single(r => r.Name == "sites/brand-b/index.html").Md5);
        Assert.Equal(("text/html; charset=utf-8", "public, max-age=300", 1234L), (read.Files[1].Type, read.Files[1].Cache, read.Files[1].Size));
        Assert.Equal((ShardManifest.FormatName, ShardManifest.CurrentVersion, "3/8"), (read.Format, read.Version, read.Shard));
    }

    [Theory]
    [InlineData("sites/", "4/8", "written for shard 3/8, not 4/8")]
    [InlineData("sites/", "3/9", "written for shard 3/8, not 3/9")]
    [InlineData("other/", "3/8", "written for prefix 'sites/', not 'other/'")]
    public void Should_refuse_a_manifest_of_another_shard_or_prefix(string prefix, string shard, string reason)
    {
        var bytes = ShardManifest.Of("sites/", Shard, Files).ToBytes();

        var read = ShardManifest.TryParse(bytes, prefix, BrandShard.TryParse(shard, out _)!, out var problem);

        Assert.Null(read);
        Assert.Equal(reason, problem);
    }

    [Fact]
    public void Should_refuse_another_format_version_and_bytes_that_are_not_a_manifest()
    {
        // Given a manifest of version 2, plain text, and gzipped JSON with an MD5 of the wrong length
        var json = System.Text.Encoding.UTF8.GetString(Gunzip(ShardManifest.Of("sites/", Shard, Files).ToBytes()));
        var version2 = Gzip(json.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal));
        var shortMd5 = Gzip(json.Replace(Convert.ToBase64String(Files[1].Item2), "AAAA", StringComparison.Ordinal));

        // When each is read
        var problems = new[] { version2, "plain text"u8.ToArray(), shortMd5 }.Select(bytes =>
        {
            Assert.Null(ShardManifest.TryParse(bytes, "sites/", Shard, out var problem));
            return problem;
        }).ToList();

        // Then each says why it is not used
        Assert.Equal("format version 2, this ssla reads 1", problems[0]);
        Assert.StartsWith("unreadable (", problems[1], StringComparison.Ordinal);
        Assert.Equal("unreadable (md5 of 'brand-a/logo.png' is not 16 bytes of base64)", problems[2]);
    }

    [Theory]
    [InlineData(".ssla-shards/1-of-4/manifest.json.gz", 4)]
    [InlineData("sites/.ssla-shards/12-of-16/manifest.json.gz", 16)]
    [InlineData(".ssla-shards/1-of-4/.ssla-publish.lock", null)]
    [InlineData("brand-a/manifest.json.gz", null)]
    [InlineData("manifest.json.gz", null)]
    public void Should_tell_a_shard_manifest_by_its_name(string name, int? count)
    {
        Assert.Equal(count is not null, ShardManifest.IsManifestName(name));
        Assert.Equal(count, ShardManifest.CountOf(name));
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        zip.CopyTo(plain);
        return plain.ToArray();
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Optimal)) zip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
