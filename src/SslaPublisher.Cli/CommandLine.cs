using System.CommandLine;
using System.Runtime.InteropServices;
using SslaPublisher.Cli.Commands;

namespace SslaPublisher.Cli;

/// <summary>The <c>ssla</c> command tree. Each command is a small class under Commands/.</summary>
internal static class CommandLine
{
    /// <summary><c>--verbose</c>, on every command: a failure prints its stack trace after its one-line message.</summary>
    public const string VerboseName = "--verbose";

    // One option per root: a symbol records its parents, so a shared one would grow with every run (tests run many).
    private static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "On failure, also print the details (stack trace) behind the one-line message.",
        Recursive = true,
    };

    /// <summary>
    /// No response files, for every command: "@AcmeAirHelp #help" is a text to count or a handle, never a file of
    /// arguments to read.
    /// </summary>
    public static ParserConfiguration Parsing { get; } = new() { ResponseFileTokenReplacer = null };

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("ssla — publish your social SLA: the promise of when and how fast each social channel answers.");
        root.Options.Add(Verbose());
        SslaCommand[] commands =
        [
            new InitCommand(),
            new ValidateCommand(),
            new BuildCommand(NodaTime.SystemClock.Instance),
            new SampleBrandsCommand(),
            new PublishCommand(NodaTime.SystemClock.Instance),
            new DueCommand(),
            new HoursCommand(NodaTime.SystemClock.Instance),
            new CountCommand(),
            new BioCommand(),
            new ProfilesCommand(NodaTime.SystemClock.Instance),
            new ReportCommand(NodaTime.SystemClock.Instance),
            new SampleRepliesCommand(NodaTime.SystemClock.Instance),
        ];
        foreach (var command in commands) root.Subcommands.Add(command.Command);
        return root;
    }

    /// <summary>Parses and runs; usage errors exit with 2 so scripts can tell them from invalid input (1).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output (tests capture it).</param>
    /// <param name="error">Standard error.</param>
    /// <param name="cancellationToken">Cancels the run as Ctrl-C would (tests use it).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        CancellationToken cancellationToken = default)
    {
        var root = CreateRoot();
        var config = new InvocationConfiguration
        {
            // Messages quote input (keys, CSV cells, paths): everything printed passes the one terminal sanitiser.
            Output = new TerminalWriter(output ?? Console.Out),
            Error = new TerminalWriter(error ?? Console.Error),
        };
        var result = root.Parse(args, Parsing);
        if (result.Errors.Count > 0)
        {
            foreach (var e in result.Errors) await config.Error.WriteLineAsync($"error: {Redact(e.Message)}");
            // Point at the help of the command that was typed: its options are the ones that went wrong.
            var help = result.CommandResult.Command is RootCommand ? "ssla --help" : $"ssla {result.CommandResult.Command.Name} --help";
            await config.Error.WriteLineAsync($"Run '{help}' for usage.");
            return ExitCodes.Usage;
        }
        // Ctrl-C and SIGTERM cancel the commands' token instead of killing the process, whatever the host's own
        // handling does: every command then stops, leaves what it had written before as it was, and exits 130.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await result.InvokeAsync(config, stop.Token);

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    // Usage errors echo the offending argument: a mistyped option after --connection-string must not print the key.
    private static string Redact(string message) => new SslaPublisher.Publishing.SecretRedactor(null).Redact(message);
}
