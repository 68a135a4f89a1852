using System.CommandLine;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla validate</c>: checks a file and lists every problem with its line and column.</summary>
internal sealed class ValidateCommand : SslaCommand
{
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();

    public ValidateCommand() : base("validate", """
        Check ssla.yaml and list every problem as file:line:col: message.
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
        await run.Output.WriteLineAsync($"{InputResolver.DefinitionPath(input)}: valid ({promise.Channels.Length} channels for {promise.Brand.Name}).");
        return ExitCodes.Ok;
    }
}
