using System.CommandLine;
using SslaPublisher.Definition;

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
            var path = InputResolver.DefinitionPath(parse.GetValue(file)!);
            var output = parse.InvocationConfiguration.Output;
            try
            {
                var promise = new PromiseLoader().LoadFile(path);
                output.WriteLine($"{path}: valid ({promise.Channels.Length} channels for {promise.Brand.Name}).");
                return ExitCodes.Ok;
            }
            catch (DefinitionException e)
            {
                return DiagnosticsPrinter.Print(e, parse.InvocationConfiguration.Error);
            }
        });
        return command;
    }
}
