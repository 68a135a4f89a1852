using System.CommandLine;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla validate</c>: checks a file and lists every problem with its line and column.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = CommonOptions.DefinitionFile();
        var command = new Command("validate", """
            Check ssla.yaml and list every problem as file:line:col: message.
            Exit code 0 when valid, 1 when not, 2 for a usage error.

            Example:
              ssla validate examples/acme-air/ssla.yaml
            """) { file };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            if (!InputResolver.TryLoad(input, parse.InvocationConfiguration.Error, out var promise, out var invalid)) return invalid;
            parse.InvocationConfiguration.Output.WriteLine(
                $"{InputResolver.DefinitionPath(input)}: valid ({promise.Channels.Length} channels for {promise.Brand.Name}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
