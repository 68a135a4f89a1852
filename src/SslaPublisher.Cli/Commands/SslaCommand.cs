using System.CommandLine;
using SslaPublisher.Cli.Errors;

namespace SslaPublisher.Cli.Commands;

/// <summary>
/// A subcommand of <c>ssla</c>: a small class whose constructor declares its arguments and options and whose
/// <see cref="RunAsync"/> does the work. Failures are thrown, never printed here: <see cref="ErrorPolicy"/> turns them
/// into the same exit codes and one-line messages for every command.
/// </summary>
internal abstract class SslaCommand
{
    protected SslaCommand(string name, string description)
    {
        Command = new Command(name, description);
        Command.SetAction((parse, cancellationToken) =>
        {
            var run = new CommandRun(parse, cancellationToken);
            return ErrorPolicy.RunAsync(run, CancelledNote, () => RunAsync(run));
        });
    }

    /// <summary>The System.CommandLine command, added to the root.</summary>
    public Command Command { get; }

    /// <summary>What is true after Ctrl-C, printed after "Cancelled; ".</summary>
    protected virtual string CancelledNote => "nothing was written";

    /// <summary>Does the work; returns the exit code of an outcome that is not a failure (0, or 1 for "over the limit").</summary>
    protected abstract Task<int> RunAsync(CommandRun run);
}
