using System.CommandLine;
using SslaPublisher.Publishing;

namespace SslaPublisher.Cli.Commands;

/// <summary>One run of a command: its parsed arguments, where it prints, and its cancellation.</summary>
internal sealed class CommandRun(ParseResult parse, CancellationToken cancellationToken)
{
    /// <summary>The parsed command line.</summary>
    public ParseResult Parse { get; } = parse;

    /// <summary>Cancelled by Ctrl-C or SIGTERM (see <see cref="CommandLine.RunAsync"/>).</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Standard output (results).</summary>
    public TextWriter Output => Parse.InvocationConfiguration.Output;

    /// <summary>Standard error (problems and progress notes).</summary>
    public TextWriter Error => Parse.InvocationConfiguration.Error;

    /// <summary>The name the command was typed as (for "build failed: …").</summary>
    public string CommandName => Parse.CommandResult.Command.Name;

    /// <summary>True with <c>--verbose</c>: failures print their stack trace too.</summary>
    public bool Verbose =>
        Parse.RootCommandResult.Command.Options.FirstOrDefault(o => o.Name == CommandLine.VerboseName) is Option<bool> verbose && Parse.GetValue(verbose);

    /// <summary>Removes secrets from everything printed about a failure; a command that knows a secret replaces it.</summary>
    public SecretRedactor Redactor { get; set; } = new(null);

    /// <summary>The value of an option.</summary>
    public T? Get<T>(Option<T> option) => Parse.GetValue(option);

    /// <summary>The value of an argument.</summary>
    public T? Get<T>(Argument<T> argument) => Parse.GetValue(argument);
}
