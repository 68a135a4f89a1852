namespace SslaPublisher.Cli.Errors;

/// <summary>
/// An outcome a command decides itself (an unknown channel, a bad CSV row, a file that exists): its exit code and
/// the lines to print. Thrown, so that <see cref="ErrorPolicy"/> prints every failure the same way.
/// </summary>
internal sealed class CommandFailure(int exitCode, params string[] lines) : Exception(string.Join(Environment.NewLine, lines))
{
    /// <summary>The process exit code (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>What to print, one entry a line.</summary>
    public IReadOnlyList<string> Lines { get; } = lines;

    /// <summary>Invalid input (exit 1).</summary>
    public static CommandFailure Input(params string[] lines) => new(ExitCodes.Invalid, lines);

    /// <summary>A wrong command line (exit 2).</summary>
    public static CommandFailure Usage(params string[] lines) => new(ExitCodes.Usage, lines);
}
