using System.CommandLine;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using SslaPublisher.Cli.Commands;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

public class ReportCommandTests
{
    private const string Csv = """
        channel,received_at,first_reply_at,agent
        x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z,ana
        facebook,2026-11-23T14:00:00Z,,ben
        """;

    private static async Task<CliRunner.Result> Run(IClock clock, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { new ReportCommand(clock).Command };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRunner.Result(code, output.ToString(), error.ToString());
    }

    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 15, 0));

    [Fact]
    public async Task Should_measure_as_of_the_clock_and_print_a_table()
    {
        // Given a small export
        using var dir = new TempDir();
        var csv = dir.Write("replies.csv", Csv);

        // When reported without --as-of
        var result = await Run(Clock, "report", RepoPaths.Example(), "--replies", csv);

        // Then "now" comes from the clock: the facebook message (4h promise) is still pending at 15:00Z
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("as of 2026-11-23T15:00:00Z", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ facebook\s+│ all\s+│\s+1 │\s+0 │\s+0 │\s+0 │\s+1 │", result.Output);
        Assert.Matches(@"│ x-help\s+│ 2026-11\s+│\s+1 │\s+1 │\s+0 │\s+0 │\s+0 │\s+0 │\s+100.0% │", result.Output);
    }

    [Fact]
    public async Task Should_print_json_with_counts_per_channel()
    {
        using var dir = new TempDir();
        var csv = dir.Write("replies.csv", Csv);

        var result = await Run(Clock, "report", RepoPaths.Example(), "--replies", csv, "--as-of", "2026-11-24T00:00:00Z", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var facebook = json.RootElement.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "facebook");
        Assert.Equal(1, facebook.GetProperty("missed").GetInt32());
    }

    [Fact]
    public async Task Should_read_a_file_that_starts_with_a_byte_order_mark()
    {
        // Given an export saved by a spreadsheet, with a UTF-8 BOM before the header
        using var dir = new TempDir();
        var csv = Path.Combine(dir.Path, "replies.csv");
        File.WriteAllText(csv, Csv, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        // When reported
        var result = await Run(Clock, "report", RepoPaths.Example(), "--replies", csv, "--json");

        // Then the first column is still "channel"
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"measured\": 2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_1_naming_the_file_line_and_column_of_a_bad_row()
    {
        using var dir = new TempDir();
        var csv = dir.Write("replies.csv", Csv + "\nx-help,2026-11-23T09:00:00,\n");

        var result = await Run(Clock, "report", RepoPaths.Example(), "--replies", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{csv}:4: received_at: '2026-11-23T09:00:00' has no Z or offset", result.Error, StringComparison.Ordinal);
        Assert.Contains("--skip-bad-rows", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_skip_bad_rows_when_asked_and_say_how_many()
    {
        using var dir = new TempDir();
        var csv = dir.Write("replies.csv", Csv + "\nnope,2026-11-23T09:00:00Z,\nx-help,soon,\n");

        var result = await Run(Clock, "report", RepoPaths.Example(), "--replies", csv, "--skip-bad-rows");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped 2 bad row(s) of 4:", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{csv}:5: received_at:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_write_report_html_json_and_badges_to_the_output_folder_keeping_other_files()
    {
        // Given an output folder that already holds another file
        using var dir = new TempDir();
        var csv = dir.Write("replies.csv", Csv);
        var keep = dir.Write("out/keep.txt", "mine");

        // When the report is written there
        var result = await Run(Clock, "report", RepoPaths.Example(), "--replies", csv, "-o", Path.Combine(dir.Path, "out"));

        // Then both files are there, no temporary file is left, and the other file is untouched
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["keep.txt", "report.html", "report.json"],
            Directory.GetFiles(Path.Combine(dir.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("mine", File.ReadAllText(keep));
        Assert.Equal(5 * 4, Directory.GetFiles(Path.Combine(dir.Path, "out", "badges")).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(dir.Path, "out"), "*.tmp", SearchOption.AllDirectories));
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir.Path, "out", "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_1_when_the_replies_file_is_missing_and_2_without_replies()
    {
        var missing = await Run(Clock, "report", RepoPaths.Example(), "--replies", "/no/such.csv");
        var usage = await CliRunner.RunAsync("report", RepoPaths.Example());

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("/no/such.csv: file not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
    }

    [Fact]
    public async Task Should_show_help_with_examples()
    {
        var report = await CliRunner.RunAsync("report", "--help");
        var sample = await CliRunner.RunAsync("sample-replies", "--help");

        Assert.Contains("Example", report.Output, StringComparison.Ordinal);
        Assert.Contains("Example", sample.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_generate_the_committed_example_replies_byte_for_byte()
    {
        // Given the command README documents for examples/acme-air/replies.csv
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "replies.csv");

        // When it is run again
        var result = await CliRunner.RunAsync("sample-replies", Path.Combine(RepoPaths.Root, "examples", "acme-air"),
            "--months", "6", "--seed", "42", "--through", "2026-11", "-o", target);

        // Then it reproduces the committed file exactly
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "examples", "acme-air", "replies.csv")), File.ReadAllBytes(target));
    }
}
