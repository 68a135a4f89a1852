using SslaPublisher.Inputs;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Site;

public class SslaSiteTests
{
    [Fact]
    public void Should_build_a_brand_from_its_folder_as_from_its_file()
    {
        // Given the example brand, named by its folder and by its file
        var file = RepoPaths.Example();

        // When the library builds both
        var fromFolder = SslaSite.Build(Path.GetDirectoryName(file)!);
        var fromFile = SslaSite.Build(file);

        // Then the sites are the same files, pages, banners and all
        Assert.Equal(fromFile.Files.Keys, fromFolder.Files.Keys);
        Assert.All(fromFile.Files, f => Assert.True(f.Value.Content.Span.SequenceEqual(fromFolder.Files[f.Key].Content.Span), f.Key));
        Assert.Contains("index.html", fromFile.Files.Keys);
        Assert.Contains(fromFile.Files.Keys, k => k.StartsWith("banners/", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_read_every_brand_file_through_the_input_files_it_is_given()
    {
        // Given the example's ssla.yaml and logo held in memory under a folder that does not exist on disk
        var example = Path.GetDirectoryName(RepoPaths.Example())!;
        var nowhere = Path.Combine(Path.GetTempPath(), "ssla-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var files = new MemoryFiles(Directory.EnumerateFiles(example).Select(f =>
            KeyValuePair.Create(Path.Combine(nowhere, Path.GetFileName(f)), File.ReadAllBytes(f))));

        // When the library builds it
        var site = SslaSite.Build(Path.Combine(nowhere, "ssla.yaml"), new SslaSiteOptions { Files = files });
        var fromDisk = SslaSite.Build(example);

        // Then the site is the one built from disk, logo included, though nothing was read from that folder
        Assert.False(Directory.Exists(nowhere));
        Assert.Equal(fromDisk.Files.Keys, site.Files.Keys);
        var logo = Assert.Single(site.Files.Keys, k => k.StartsWith("assets/logo", StringComparison.Ordinal));
        Assert.True(site.Files[logo].Content.Span.SequenceEqual(fromDisk.Files[logo].Content.Span));
    }

    [Fact]
    public void Should_report_a_missing_brand_as_a_definition_problem()
    {
        // Given a folder without ssla.yaml
        using var dir = new TempDir();

        // When / Then building it fails naming the file
        var error = Assert.Throws<SslaPublisher.Definition.DefinitionException>(() => SslaSite.Build(dir.Path));
        Assert.Contains("ssla.yaml", error.Message);
    }
}
