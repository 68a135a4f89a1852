using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary>init, validate and build: exit codes 0 (ok), 1 (invalid input), 2 (usage).</summary>
public class FoundationCommandTests
{
    [Fact]
    public async Task Should_exit_0_for_a_valid_file()
    {
        var result = await CliRunner.RunAsync("validate", RepoPaths.Example());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid (5 channels for Acme Air)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_missing_translations_as_located_warnings_and_still_exit_0()
    {
        // Given a brand in English and French whose summary has no French text
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", """
            brand: {name: A, slug: a, timezone: Europe/Paris, languages: [en, fr]}
            channels:
              - {id: help, platform: x, handle: "@A", purpose: support, summary: {en: Orders.}, hours: always, reply: {within: 1h}}
            """);

        // When it is validated
        var result = await CliRunner.RunAsync("validate", file);

        // Then the warning names file, line, column and field, and the file is still valid
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{file}:3:70: warning: channels[0].summary: no text in fr", result.Output, StringComparison.Ordinal);
        Assert.Contains("valid (1 channel for A, 1 warning)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_1_and_list_located_problems_for_an_invalid_file()
    {
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", "brand:\n  name: A\n  slug: a\n  timezone: Nowhere/City\nchannels: []\n");

        var result = await CliRunner.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:4:13: brand.timezone: unknown time zone 'Nowhere/City'", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 problems found.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ssla --help", "frobnicate")]
    [InlineData("ssla validate --help", "validate")]
    [InlineData("ssla build --help", "build", "--no-such-option", "x.yaml")]
    public async Task Should_exit_2_for_usage_errors_and_point_at_the_help_of_the_command_typed(string help, params string[] args)
    {
        // Given a command line with a usage mistake
        // When it runs
        var result = await CliRunner.RunAsync(args);

        // Then it exits 2 and names the help that lists the options of the command that was typed
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Run '{help}' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_1_when_the_file_does_not_exist()
    {
        var result = await CliRunner.RunAsync("validate", "/no/such/ssla.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/no/such/ssla.yaml:1:1: file not found", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init")]
    [InlineData("validate")]
    [InlineData("build")]
    public async Task Should_show_help_with_examples_for_every_command(string command)
    {
        var result = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example", result.Output, StringComparison.Ordinal);
        Assert.Contains($"ssla {command}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_write_a_starter_file_that_validates_and_builds()
    {
        using var dir = new TempDir();
        using var output = new TempDir();

        var init = await CliRunner.RunAsync("init", dir.Path);
        var validate = await CliRunner.RunAsync("validate", dir.Path);
        var build = await CliRunner.RunAsync("build", dir.Path, "-o", Path.Combine(output.Path, "site"));

        Assert.Equal((0, 0, 0), (init.ExitCode, validate.ExitCode, build.ExitCode));
        Assert.True(File.Exists(Path.Combine(output.Path, "site", "index.html")));
    }

    [Fact]
    public async Task Should_write_a_commented_agreement_that_validates_once_uncommented()
    {
        // Given the starter file with its commented agreement block uncommented
        using var dir = new TempDir();
        await CliRunner.RunAsync("init", dir.Path);
        var file = Path.Combine(dir.Path, "ssla.yaml");
        var lines = File.ReadAllLines(file);
        var start = Array.FindIndex(lines, l => l.StartsWith("# agreement:", StringComparison.Ordinal));
        Assert.True(start > 0, "the starter file has no commented agreement");
        File.WriteAllLines(file, lines.Select((l, i) => i >= start && l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l));

        // When it is validated
        var result = await CliRunner.RunAsync("validate", file);

        // Then it is valid and the agreement was read
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.NotNull(new SslaPublisher.Definition.PromiseLoader().LoadFile(file).Agreement);
    }

    [Fact]
    public async Task Should_not_overwrite_an_existing_file_without_force()
    {
        using var dir = new TempDir();
        var file = dir.Write("ssla.yaml", "# mine\n");

        var result = await CliRunner.RunAsync("init", dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("# mine\n", File.ReadAllText(file));
    }

    [Fact]
    public async Task Should_leave_the_previous_site_untouched_when_a_build_fails()
    {
        // Given a site built from a valid file
        using var dir = new TempDir();
        using var output = new TempDir();
        var site = Path.Combine(output.Path, "site");
        var file = Path.Combine(dir.Path, "ssla.yaml");
        await CliRunner.RunAsync("init", dir.Path);
        Assert.Equal(0, (await CliRunner.RunAsync("build", file, "-o", site)).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(site, "index.html"));

        // When the file is broken and the build runs again
        File.WriteAllText(file, File.ReadAllText(file).Replace("America/New_York", "Nowhere/City", StringComparison.Ordinal));
        var result = await CliRunner.RunAsync("build", file, "-o", site);

        // Then the build fails and the previous site is still there, byte for byte
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site, "index.html")));
    }

    [Fact]
    public async Task Should_build_byte_identical_output_from_the_same_input()
    {
        using var dir = new TempDir();
        var (a, b) = (Path.Combine(dir.Path, "a"), Path.Combine(dir.Path, "b"));

        await CliRunner.RunAsync("build", RepoPaths.Example(), "-o", a);
        await CliRunner.RunAsync("build", RepoPaths.Example(), "-o", b);

        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToArray();
        Assert.NotEmpty(files);
        Assert.Equal(files, Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order().ToArray());
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f))));
    }
}
