using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

public class BioCommandTests
{
    [Fact]
    public async Task Should_print_each_snippet_under_a_header_with_its_count()
    {
        // Given the example brand
        // When printing the X channel's bio in Spanish
        var result = await CliRunner.RunAsync("bio", RepoPaths.Example(), "--channel", "x-help", "--lang", "es");

        // Then a header with the count is followed by the text alone on its line
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "# x-help · X @AcmeAirHelp · es · 150/160 weighted, 150/160 plain · variant 1 of 4",
                "Cambios de vuelo, retrasos y equipaje. Ayuda lun–vie 9:00–18:00, sáb 10:00–14:00 hora de Nueva York · respondemos en 15 min · urgente: +1 800 555 0100",
            ],
            result.Output.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task Should_print_the_temporary_promise_of_a_notice_in_force_at_as_of_as_the_build_writes_it()
    {
        // Given the example, whose winter storm promises 2 hours on x-help from 18 January 2027 06:00 New York time
        using var output = new TempDir();
        var site = Path.Combine(output.Path, "site");

        // When printing the X bio in the storm, before it and without --as-of, and building in the storm
        var inStorm = await CliRunner.RunAsync("bio", RepoPaths.Example(), "--channel", "x-help", "--lang", "en", "--as-of", "2027-01-18T15:00:00Z");
        var before = await CliRunner.RunAsync("bio", RepoPaths.Example(), "--channel", "x-help", "--lang", "en", "--as-of", "2027-01-18T10:00:00Z");
        var standing = await CliRunner.RunAsync("bio", RepoPaths.Example(), "--channel", "x-help", "--lang", "en");
        var build = await CliRunner.RunAsync("build", RepoPaths.Example(), "-o", site, "--as-of", "2027-01-18T15:00:00Z");

        // Then the storm's bio states 2 hours, the one before it 15 minutes, the standing one (to paste for good) too,
        // and the printed bio is the built file
        Assert.Equal(0, inStorm.ExitCode);
        Assert.Equal(0, build.ExitCode);
        var printed = inStorm.Output.TrimEnd().Split(Environment.NewLine)[1];
        Assert.Contains("2 h", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("15 min", printed, StringComparison.Ordinal);
        Assert.Contains("15 min", before.Output, StringComparison.Ordinal);
        Assert.Equal(before.Output, standing.Output);
        Assert.Equal(printed, File.ReadAllText(Path.Combine(site, "bio", "x-help.txt")).TrimEnd());
    }

    [Fact]
    public async Task Should_print_every_channel_and_language_by_default()
    {
        // When printing all bios of the example
        var result = await CliRunner.RunAsync("bio", RepoPaths.Example());

        // Then there is one header per bio file the build writes
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(10, result.Output.Split(Environment.NewLine).Count(l => l.StartsWith("# ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_exit_1_naming_the_channel_when_no_variant_fits()
    {
        // Given a TikTok channel whose every variant is too long
        using var dir = new TempDir();
        var file = Rendering.Bios.BioFixtures.Brand(dir, "tiktok", new string('a', 100), languages: "[en]");
        foreach (var name in new[] { "1-summary", "2-urgent", "3-hours", "4-short" })
            dir.Write($"templates/bio/en/{name}.txt.sbn", "{{ summary }}");

        // When printing its bio, and building
        var bio = await CliRunner.RunAsync("bio", file, "--templates", Path.Combine(dir.Path, "templates"));
        using var output = new TempDir();
        var build = await CliRunner.RunAsync("build", file, "-o", Path.Combine(output.Path, "site"), "--templates", Path.Combine(dir.Path, "templates"));

        // Then both fail with the channel, platform, limit and shortest length
        Assert.Equal(1, bio.ExitCode);
        Assert.Equal(1, build.ExitCode);
        foreach (var error in new[] { bio.Error, build.Error })
            Assert.Contains("channels.help: no bio variant (en) fits TikTok's limit of 80; the shortest reached 100", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output.Path, "site")));
    }

    [Fact]
    public async Task Should_exit_1_when_a_brand_of_an_agency_folder_has_a_bio_that_does_not_fit()
    {
        // Given an agency folder with one brand whose TikTok bio cannot fit
        using var dir = new TempDir();
        var brand = Path.Combine(dir.Path, "brands", "test-air");
        Directory.CreateDirectory(brand);
        using (var inner = new TempDir())
            File.Copy(Rendering.Bios.BioFixtures.Brand(inner, "tiktok", new string('a', 100), languages: "[en]"), Path.Combine(brand, "ssla.yaml"));
        foreach (var name in new[] { "1-summary", "2-urgent", "3-hours", "4-short" })
            dir.Write($"templates/bio/en/{name}.txt.sbn", "{{ summary }}");

        // When building the folder
        var build = await CliRunner.RunAsync("build", Path.Combine(dir.Path, "brands"), "-o", Path.Combine(dir.Path, "site"),
            "--templates", Path.Combine(dir.Path, "templates"));

        // Then the build fails as invalid input, naming the channel and the limit
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("channels.help: no bio variant (en) fits TikTok's limit of 80; the shortest reached 100", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_2_for_an_unknown_channel()
    {
        // When asking for a channel the file does not have
        var result = await CliRunner.RunAsync("bio", RepoPaths.Example(), "--channel", "nope");

        // Then the known channels are listed
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No channel 'nope'. Channels: x-help, facebook", result.Error, StringComparison.Ordinal);
    }
}
