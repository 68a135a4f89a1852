using SslaPublisher.Cli;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Cli;

/// <summary>
/// Issue #16, "one error policy": every command, run against an unwritable output, a missing file, a folder given as
/// a file and a cancelled run, exits with the documented code and a short message, never a stack trace.
/// </summary>
public sealed class ErrorPolicyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly string Example = RepoPaths.Example();
    private static readonly string Replies = Path.Combine(Path.GetDirectoryName(RepoPaths.Example())!, "replies.csv");

    // Not even root may create anything under /proc, so this is unwritable for every user the tests run as.
    private const string Unwritable = "/proc/ssla-unwritable";

    /// <summary>Every command, with arguments that would succeed; {out} is a fresh path in the test's folder.</summary>
    public static TheoryData<string, string[]> EveryCommand() => new()
    {
        { "init", ["init", "{out}"] },
        { "validate", ["validate", Example] },
        { "build", ["build", Example, "-o", "{out}"] },
        { "sample-brands", ["sample-brands", "{out}", "--count", "1", "--channels", "1"] },
        { "publish", ["publish", Example, "--to-folder", "{out}"] },
        { "due", ["due", Example, "--channel", "x-help", "--received", "2026-11-20T22:55:00Z"] },
        { "hours", ["hours", Example] },
        { "count", ["count", "--platform", "x", "Help 9–6 ET"] },
        { "bio", ["bio", Example] },
        { "report", ["report", Example, "--replies", Replies, "--as-of", "2027-01-01T00:00:00Z", "-o", "{out}"] },
        { "sample-replies", ["sample-replies", Example, "--months", "1", "--through", "2026-11", "-o", "{out}"] },
    };

    private static string[] With(string[] args, string output) => [.. args.Select(a => a == "{out}" ? output : a)];

    private static async Task<CliRunner.Result> RunAsync(string[] args, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        using var captured = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output ?? captured, error, cancellationToken);
        return new CliRunner.Result(code, captured.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    private static void AssertNoStackTrace(CliRunner.Result result)
    {
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Should_exit_130_with_one_line_and_write_nothing_when_cancelled(string command, string[] args)
    {
        // Given a run cancelled as Ctrl-C would
        var output = Path.Combine(_dir.Path, "out");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // When the command runs
        var result = await RunAsync(With(args, output), cancellationToken: cancelled.Token);

        // Then it stops with 130, says so in one line, and left nothing behind
        Assert.Equal(130, result.ExitCode);
        Assert.StartsWith("Cancelled; ", Assert.Single(Lines(result.Error)), StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.False(Path.Exists(output), $"{command} wrote {output}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir.Path));
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Should_exit_3_with_one_line_when_the_output_cannot_be_written(string command, string[] args)
    {
        // Given an output nobody may write: a folder under /proc, or for commands that print, a full disk
        var writesFiles = args.Contains("{out}");
        using var full = new FailingWriter();

        // When the command runs
        var result = await RunAsync(With(args, Unwritable), writesFiles ? null : full);

        // Then it fails as a problem of the machine, in one line naming the command, and no stack trace
        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.StartsWith($"error: {command} failed: ", line, StringComparison.Ordinal);
        Assert.Contains(writesFiles ? Unwritable : FailingWriter.Message, line, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    /// <summary>Commands that read a file, with the file replaced by {in}.</summary>
    public static TheoryData<string, string[]> EveryCommandReadingAFile() => new()
    {
        { "validate", ["validate", "{in}"] },
        { "build", ["build", "{in}", "-o", "{out}"] },
        { "sample-brands --logo", ["sample-brands", "{out}", "--logo", "{in}"] },
        { "publish", ["publish", "{in}", "--to-folder", "{out}"] },
        { "due", ["due", "{in}", "--channel", "x-help", "--received", "2026-11-20T22:55:00Z"] },
        { "hours", ["hours", "{in}"] },
        { "bio", ["bio", "{in}"] },
        { "report", ["report", "{in}", "--replies", Replies] },
        { "report --replies", ["report", Example, "--replies", "{in}"] },
        { "sample-replies", ["sample-replies", "{in}", "--months", "1", "--through", "2026-11"] },
        // init and count read no file.
    };

    [Theory]
    [MemberData(nameof(EveryCommandReadingAFile))]
    public async Task Should_exit_1_naming_a_missing_file(string command, string[] args)
    {
        var missing = Path.Combine(_dir.Path, "no-such-file.yaml");

        var result = await RunAsync([.. With(args, Path.Combine(_dir.Path, "out")).Select(a => a == "{in}" ? missing : a)]);

        Assert.True(result.ExitCode == 1, $"{command}: exit {result.ExitCode}: {result.Error}");
        Assert.Contains(missing, Lines(result.Error)[0], StringComparison.Ordinal);
        Assert.Contains("not found", Lines(result.Error)[0], StringComparison.Ordinal);
        Assert.True(Lines(result.Error).Length <= 2, result.Error);
        AssertNoStackTrace(result);
    }

    [Theory]
    [MemberData(nameof(EveryCommandReadingAFile))]
    public async Task Should_exit_1_when_a_folder_is_given_as_the_file(string command, string[] args)
    {
        // Given a folder with no ssla.yaml in it (a brand folder is fine where the file is expected: it holds one)
        var folder = Path.Combine(_dir.Path, "empty");
        Directory.CreateDirectory(folder);

        var result = await RunAsync([.. With(args, Path.Combine(_dir.Path, "out")).Select(a => a == "{in}" ? folder : a)]);

        Assert.True(result.ExitCode == 1, $"{command}: exit {result.ExitCode}: {result.Error}");
        Assert.Contains(folder, Lines(result.Error)[0], StringComparison.Ordinal);
        Assert.True(Lines(result.Error).Length <= 2, result.Error);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Should_exit_2_when_a_folder_is_given_as_the_output_file()
    {
        var result = await RunAsync(["sample-replies", Example, "--months", "1", "--through", "2026-11", "-o", _dir.Path]);

        Assert.Equal((2, $"error: output file '{_dir.Path}' is a folder; name a file\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task Should_print_the_stack_trace_only_with_verbose()
    {
        var quiet = await RunAsync(["build", Example, "-o", Unwritable]);
        var verbose = await RunAsync(["build", Example, "-o", Unwritable, "--verbose"]);

        Assert.Equal((3, 3), (quiet.ExitCode, verbose.ExitCode));
        AssertNoStackTrace(quiet);
        Assert.StartsWith($"error: build failed: cannot write the output folder {Unwritable} (", quiet.Error, StringComparison.Ordinal);
        Assert.StartsWith($"error: build failed: cannot write the output folder {Unwritable} (", verbose.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
    }

    /// <summary>Standard output on a full disk.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public const string Message = "No space left on device";

        public override void Write(char value) => throw new IOException(Message);

        public override void Write(string? value) => throw new IOException(Message);

        public override void Write(char[] buffer, int index, int count) => throw new IOException(Message);

        public override void WriteLine(string? value) => throw new IOException(Message);

        public override Task WriteAsync(string? value) => throw new IOException(Message);

        public override Task WriteLineAsync(string? value) => throw new IOException(Message);

        public override Task WriteAsync(char[] buffer, int index, int count) => throw new IOException(Message);

        public override Task WriteLineAsync(char[] buffer, int index, int count) => throw new IOException(Message);
    }
}
