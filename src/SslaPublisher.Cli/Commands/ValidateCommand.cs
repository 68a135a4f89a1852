using System.CommandLine;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla validate</c>: checks a file and lists every problem with its line and column.</summary>
internal sealed class ValidateCommand : SslaCommand
{
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();

    public ValidateCommand() : base("validate", """
        Check ssla.yaml and list every problem as file:line:col: message, and every
        missing translation as file:line:col: warning: message (warnings do not fail).
        Exit code 0 when valid, 1 when not, 2 for a usage error.

        Example:
          ssla validate examples/acme-air/ssla.yaml
        """)
    {
        Command.Arguments.Add(_file);
    }

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var input = run.Get(_file)!;
        var promise = InputResolver.Load(input);
        // Warnings (missing translations) do not make the file invalid: listed first, located like errors.
        foreach (var warning in promise.Warnings) await run.Output.WriteLineAsync(warning.ToString());
        var channels = promise.Channels.Length == 1 ? "1 channel" : $"{promise.Channels.Length} channels";
        var warnings = promise.Warnings.Length switch { 0 => "", 1 => ", 1 warning", var n => $", {n} warnings" };
        await run.Output.WriteLineAsync(
            $"{InputResolver.DefinitionPath(input)}: valid ({channels} for {promise.Brand.Name}{warnings}).");
        return ExitCodes.Ok;
    }
}
