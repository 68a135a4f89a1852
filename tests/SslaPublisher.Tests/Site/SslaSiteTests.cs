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
    public void Should_read_the_definition_through_the_input_files_it_is_given()
    {
        // Given the example's ssla.yaml and logo held in memory under a folder that does not exist on disk. Image
        // fields (logo, banner images) are still checked on disk when ssla.yaml is loaded (ImageFileField), so the
        // logo and banner lines are left out here; the renderers read images through the same IInputFiles.
        var example = Path.GetDirectoryName(RepoPaths.Example())!;
        var nowhere = Path.Combine(Path.GetTempPath(), "ssla-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var yaml = string.Join("\n", File.ReadAllLines(Path.Combine(example, "ssla.yaml")).Where(l => !l.TrimStart().StartsWith("logo:", StringComparison.Ordinal) && !l.TrimStart().StartsWith("banner:", StringComparison.Ordinal)));
        var files = new MemoryFiles([KeyValuePair.Create(Path.Combine(nowhere, "ssla.yaml"), System.Text.Encoding.UTF8.GetBytes(yaml))]);

        // When the library builds it
        var site = SslaSite.Build(Path.Combine(nowhere, "ssla.yaml"), new SslaSiteOptions { Files = files });

        // Then the whole site is built, though nothing was read from that folder
        Assert.False(Directory.Exists(nowhere));
        Assert.Contains("index.html", site.Files.Keys);
        Assert.Contains("Acme Air", site.Files["index.html"].Content.Span.ToArray().Select(b => (char)b).Aggregate(new System.Text.StringBuilder(), (sb, c) => sb.Append(c)).ToString(), StringComparison.Ordinal);
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
