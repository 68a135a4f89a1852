using System.Runtime.InteropServices;
using System.CommandLine;
using SslaPublisher.Cli.Commands;

namespace SslaPublisher.Cli;

/// <summary>The <c>ssla</c> command tree. Each command lives in its own file under Commands/.</summary>
internal static class CommandLine
{
    public static RootCommand CreateRoot() => new("ssla — publish your social SLA: the promise of when and how fast each social channel answers.")
    {
        InitCommand.Create(),
        ValidateCommand.Create(),
        BuildCommand.Create(),
        SampleBrandsCommand.Create(),
        PublishCommand.Create(),
        DueCommand.Create(),
        HoursCommand.Create(NodaTime.SystemClock.Instance),
        CountCommand.Create(),
        BioCommand.Create(),
        ReportCommand.Create(NodaTime.SystemClock.Instance),
        SampleRepliesCommand.Create(NodaTime.SystemClock.Instance),
    };

    /// <summary>Parses and runs; usage errors exit with 2 so scripts can tell them from invalid input (1).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = CreateRoot();
        var config = new InvocationConfiguration
        {
            // Messages quote input (keys, CSV cells, paths): everything printed passes the one terminal sanitiser.
            Output = new TerminalWriter(output ?? Console.Out),
            Error = new TerminalWriter(error ?? Console.Error),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var e in result.Errors) await config.Error.WriteLineAsync($"error: {Redact(e.Message)}");
            // Point at the help of the command that was typed: its options are the ones that went wrong.
            var help = result.CommandResult.Command is RootCommand ? "ssla --help" : $"ssla {result.CommandResult.Command.Name} --help";
            await config.Error.WriteLineAsync($"Run '{help}' for usage.");
            return ExitCodes.Usage;
        }
        // Ctrl-C and SIGTERM cancel the commands' token instead of killing the process, whatever the host's own
        // handling does: builds then drop their staging folder and publishes stop between uploads, and both exit 130.
        using var stop = new CancellationTokenSource();
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
