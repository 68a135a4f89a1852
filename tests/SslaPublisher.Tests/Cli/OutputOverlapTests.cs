using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary>
/// Issue #17, item 1: no command writes its output over its input. Each reproduction must exit 2 with one line naming
/// both paths, and leave every source file where it was.
/// </summary>
public sealed class OutputOverlapTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // A copy of the example brand (ssla.yaml, logo, replies) in brand1/.
    private string Brand(string name = "brand1")
    {
        var folder = Path.Combine(_dir.Path, name);
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(RepoPaths.Example())!))
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        return folder;
    }

    private string Agency()
    {
        var agency = Path.Combine(_dir.Path, "ag");
        SampleBrands.Write(agency, count: 2, channels: 1);
        File.WriteAllText(Path.Combine(agency, "notes.txt"), "unrelated");
        return agency;
    }

    private static string[] FilesUnder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    private static void AssertRefused(CliRunner.Result result, string output, string input, string relation)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains($"'{output}'", line, StringComparison.Ordinal);
        Assert.Contains($" {relation} the ", line, StringComparison.Ordinal);
        Assert.EndsWith($"'{input}'; ssla never writes over its input, so choose a folder outside it", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_build_a_brand_into_its_own_folder()
    {
        var brand = Brand();
        var before = FilesUnder(brand);

        var result = await CliRunner.RunAsync("build", brand, "-o", brand);

        AssertRefused(result, brand, brand, "is");
        Assert.Equal(before, FilesUnder(brand));
        Assert.Equal(["logo.png", "replies.csv", "sky.jpg", "ssla.yaml"], before);
    }

    [Fact]
    public async Task Should_refuse_to_build_a_brand_into_the_agency_folder_that_holds_it()
    {
        var agency = Agency();
        var before = FilesUnder(agency);
        var brand = Path.Combine(agency, "brand-0000");

        var result = await CliRunner.RunAsync("build", brand, "-o", agency);

        AssertRefused(result, agency, brand, "contains");
        Assert.Equal(before, FilesUnder(agency));
        Assert.Equal("unrelated", File.ReadAllText(Path.Combine(agency, "notes.txt")));
    }

    [Fact]
    public async Task Should_refuse_to_build_an_agency_into_itself_or_below_itself()
    {
        var agency = Agency();
        var before = FilesUnder(agency);
        var inside = Path.Combine(agency, "site");

        var same = await CliRunner.RunAsync("build", agency, "-o", agency);
        var below = await CliRunner.RunAsync("build", agency, "-o", inside);

        AssertRefused(same, agency, agency, "is");
        AssertRefused(below, inside, agency, "is inside");
        Assert.Equal(before, FilesUnder(agency));
    }

    [Fact]
    public async Task Should_refuse_to_publish_a_brand_into_its_own_folder()
    {
        var brand = Brand();
        var before = FilesUnder(brand);

        var result = await CliRunner.RunAsync("publish", brand, "--to-folder", brand, "--prefix", "", "--delete");

        AssertRefused(result, brand, brand, "is");
        Assert.Equal(before, FilesUnder(brand));
    }

    [Fact]
    public async Task Should_see_through_a_symbolic_link_to_the_brand_folder()
    {
        var brand = Brand();
        var link = Path.Combine(_dir.Path, "link");
        Directory.CreateSymbolicLink(link, brand);
        var before = FilesUnder(brand);

        var direct = await CliRunner.RunAsync("build", brand, "-o", link);
        var below = await CliRunner.RunAsync("build", Path.Combine(link, "ssla.yaml"), "-o", Path.Combine(_dir.Path, "link", "..", "brand1"));

        Assert.Equal(2, direct.ExitCode);
        Assert.Contains($"'{link}' ({brand}) is the brand folder '{brand}'", direct.Error, StringComparison.Ordinal);
        Assert.Equal(2, below.ExitCode);
        Assert.Equal(before, FilesUnder(brand));
    }

    [Fact]
    public async Task Should_refuse_a_report_into_the_brand_folder()
    {
        var brand = Brand();
        var before = FilesUnder(brand);

        var result = await CliRunner.RunAsync("report", brand, "--replies", Path.Combine(brand, "replies.csv"),
            "--as-of", "2026-12-01T00:00:00Z", "-o", brand);

        AssertRefused(result, brand, brand, "is");
        Assert.Equal(before, FilesUnder(brand));
    }

    [Fact]
    public async Task Should_refuse_to_replace_a_folder_ssla_did_not_write_unless_forced()
    {
        // Given a folder of someone's documents
        var brand = Brand();
        var documents = Path.Combine(_dir.Path, "documents");
        Directory.CreateDirectory(documents);
        File.WriteAllText(Path.Combine(documents, "thesis.txt"), "years of work");

        // When building into it, then with --force
        var refused = await CliRunner.RunAsync("build", brand, "-o", documents);
        var kept = File.ReadAllText(Path.Combine(documents, "thesis.txt"));
        var forced = await CliRunner.RunAsync("build", brand, "-o", documents, "--force");

        // Then the first run refuses and keeps the file; the forced run replaces the folder and marks it as ssla's
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"error: output folder '{documents}' is not empty and was not written by ssla (it has no .ssla-output); choose another folder, or add --force to replace it\n",
            refused.Error);
        Assert.Equal("years of work", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(OutputKind.Output, OutputMarker.Read(documents));
        Assert.False(File.Exists(Path.Combine(documents, "thesis.txt")));
    }

    [Fact]
    public async Task Should_replace_its_own_output_without_force()
    {
        var brand = Brand();
        var site = Path.Combine(_dir.Path, "site");

        var first = await CliRunner.RunAsync("build", brand, "-o", site);
        var second = await CliRunner.RunAsync("build", brand, "-o", site);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(OutputMarker.Text(OutputKind.Output), File.ReadAllText(Path.Combine(site, OutputMarker.FileName)));
    }

    [Theory]
    [InlineData("", "error: the output folder is empty (''); name one")]
    [InlineData("/", "error: output folder '/' is the root of the file system; choose a folder of its own")]
    public async Task Should_refuse_an_empty_or_root_output_in_one_line(string output, string message)
    {
        var brand = Brand();

        var result = await CliRunner.RunAsync("build", brand, "-o", output);

        Assert.Equal((2, message + "\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task Should_refuse_an_output_folder_that_is_a_file()
    {
        var brand = Brand();
        var file = _dir.Write("site.txt", "x");

        var result = await CliRunner.RunAsync("build", brand, "-o", file);

        Assert.Equal((2, $"error: output folder '{file}' is a file; choose a folder\n"), (result.ExitCode, result.Error));
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public async Task Should_not_overwrite_the_definition_or_an_existing_file_with_sample_replies_unless_forced()
    {
        var brand = Brand();
        var definition = Path.Combine(brand, "ssla.yaml");
        var yaml = File.ReadAllText(definition);
        var csv = Path.Combine(brand, "replies.csv");
        string[] common = ["sample-replies", brand, "--months", "1", "--through", "2026-11"];

        var overDefinition = await CliRunner.RunAsync([.. common, "-o", definition, "--force"]);
        var overCsv = await CliRunner.RunAsync([.. common, "-o", csv]);
        var forced = await CliRunner.RunAsync([.. common, "-o", csv, "--force"]);

        Assert.Equal(2, overDefinition.ExitCode);
        Assert.Contains($"output file '{definition}' is the definition file '{definition}'", overDefinition.Error, StringComparison.Ordinal);
        Assert.Equal(yaml, File.ReadAllText(definition));
        Assert.Equal((2, $"error: output file '{csv}' already exists; add --force to replace it\n"), (overCsv.ExitCode, overCsv.Error));
        Assert.Equal(0, forced.ExitCode);
    }

    [Fact]
    public async Task Should_write_sample_brands_only_into_an_empty_folder_or_its_own()
    {
        var mine = Path.Combine(_dir.Path, "samples");
        var other = Path.Combine(_dir.Path, "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "keep.txt"), "mine");

        var first = await CliRunner.RunAsync("sample-brands", mine, "--count", "1", "--channels", "1");
        var again = await CliRunner.RunAsync("sample-brands", mine, "--count", "1", "--channels", "1");
        var refused = await CliRunner.RunAsync("sample-brands", other, "--count", "1", "--channels", "1");
        var notASite = await CliRunner.RunAsync("build", Path.Combine(mine, "brand-0000"), "-o", mine);

        Assert.Equal((0, 0, 2), (first.ExitCode, again.ExitCode, refused.ExitCode));
        Assert.False(Directory.Exists(Path.Combine(other, "brand-0000")));
        // A folder of sample brands is input: a build never replaces it, even though ssla wrote it.
        Assert.Equal(2, notASite.ExitCode);
        Assert.True(File.Exists(Path.Combine(mine, "brand-0000", "ssla.yaml")));
    }
}
