using System.CommandLine;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla validate</c>: checks a file and lists every problem with its line and column.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = CommonOptions.DefinitionFile();
        var command = new Command("validate", """
            Check ssla.yaml and list every problem as file:line:col: message, and every
            missing translation as file:line:col: warning: message (warnings do not fail).
            Exit code 0 when valid, 1 when not, 2 for a usage error.

            Example:
              ssla validate examples/acme-air/ssla.yaml
            """) { file };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            if (!InputResolver.TryLoad(input, parse.InvocationConfiguration.Error, out var promise, out var invalid)) return invalid;
            var output = parse.InvocationConfiguration.Output;
            // Warnings (missing translations) do not make the file invalid: listed first, located like errors.
            foreach (var warning in promise.Warnings) output.WriteLine(warning);
            var warnings = promise.Warnings.Length switch { 0 => "", 1 => ", 1 warning", var n => $", {n} warnings" };
            output.WriteLine(
                $"{InputResolver.DefinitionPath(input)}: valid ({promise.Channels.Length} channels for {promise.Brand.Name}{warnings}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
