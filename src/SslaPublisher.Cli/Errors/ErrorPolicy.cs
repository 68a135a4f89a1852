using SslaPublisher.Cli.Commands;
using SslaPublisher.Definition;
using SslaPublisher.Input;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Local;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Errors;

/// <summary>What a failed command prints and the code it exits with.</summary>
internal sealed record Failure(int ExitCode, IReadOnlyList<string> Lines);

/// <summary>
/// The one place exceptions become exit codes and messages, for every command: 1 invalid input, 2 usage,
/// 3 the machine or the storage, 130 cancelled. Each failure is short lines naming the file or the field; a stack
/// trace is printed only with <c>--verbose</c>, and every line goes through the secret redactor.
/// </summary>
internal static class ErrorPolicy
{
    /// <summary>Runs a command's body and turns whatever it throws into a message and an exit code.</summary>
    public static async Task<int> RunAsync(CommandRun run, string cancelledNote, Func<Task<int>> body)
    {
        try
        {
            // Every command honours a cancellation that came before it started, even the instant ones.
            run.CancellationToken.ThrowIfCancellationRequested();
            return await body().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var failure = Describe(e, run.CommandName, run.CancellationToken.IsCancellationRequested, cancelledNote);
            foreach (var line in failure.Lines) await run.Error.WriteLineAsync(run.Redactor.Redact(line)).ConfigureAwait(false);
            if (run.Verbose) await run.Error.WriteLineAsync(run.Redactor.Redact(e.ToString())).ConfigureAwait(false);
            return failure.ExitCode;
        }
    }

    /// <summary>The exit code and lines for an exception thrown by the command <paramref name="command"/>.</summary>
    /// <remarks>
    /// Anything not listed is a failure of the machine or a defect of ours, never the user's input (input problems are
    /// <see cref="DefinitionException"/>s with a location): exit 3, one line, and <c>--verbose</c> for the trace.
    /// </remarks>
    public static Failure Describe(Exception e, string command, bool cancelled, string cancelledNote)
    {
        if (cancelled && IsAll<OperationCanceledException>(e)) return new(ExitCodes.Cancelled, [$"Cancelled; {cancelledNote}."]);
        return e switch
        {
            CommandFailure f => new(f.ExitCode, f.Lines),
            DefinitionException d => new(ExitCodes.Invalid, [.. d.Diagnostics.Select(x => x.ToString()), Count(d.Diagnostics.Count)]),
            OutputRefusedException r => new(ExitCodes.Usage, [$"error: {r.Message}"]),
            // An input file that is not a readable regular file of the right size and encoding: "file:line:col: why".
            InputFileException i => new(ExitCodes.Invalid, [i.Message]),
            // A folder given to publish --from that ssla build did not write (or only in part): the input is wrong.
            BuiltFolderException b => new(ExitCodes.Invalid, [$"error: --from: {b.Message}"]),
            // A lock not free in time or lost, a stall, a build folder changed meanwhile: one line saying how far it got.
            PublishFailedException p => new(ExitCodes.Failure, [$"error: {command} stopped: {p.Message}"]),
            // Brands build in parallel: report every brand whose texts cannot be rendered, not just the first.
            _ when IsAll<RenderException>(e) => new(ExitCodes.Invalid, [.. Messages(e).Select(m => $"error: {m}")]),
            _ when IsAll<Formatting.IcuUnavailableException>(e) => new(ExitCodes.Failure, [$"error: {Messages(e).First()}"]),
            _ when IsAll<FontNotFoundException>(e) => new(ExitCodes.Failure, [$"error: {Messages(e).First()}"]),
            // Profiles: a refused credential or a failing platform is the outside world's (3), a missing setting the
            // command line's (2), a bio that cannot hold the brand's own text and the SLA the input's (1).
            Profiles.ProfileBioTooLongException p => new(ExitCodes.Invalid, [$"error: {p.Message}"]),
            Profiles.ProfileSetupException p => new(ExitCodes.Usage, [$"error: {p.Message}"]),
            Profiles.ProfileException p => new(ExitCodes.Failure, [$"error: {command} failed: {p.Message}"]),
            AzuriteNotFoundException a => new(ExitCodes.Failure, [$"error: {a.Message}"]),
            _ when IsAll<IOException>(e) || IsAll<UnauthorizedAccessException>(e) =>
                new(ExitCodes.Failure, [$"error: {command} failed: {PublishErrors.Describe(e)}"]),
            _ when IsKnownStorageFailure(e) => new(ExitCodes.Failure, [$"error: {command} failed: {PublishErrors.Describe(e)}"]),
            _ => new(ExitCodes.Failure, [$"error: {command} failed: {PublishErrors.Describe(e)} ({Flatten(e)[0].GetType().Name}; --verbose shows where)"]),
        };
    }

    private static string Count(int problems) => problems == 1 ? "1 problem found." : $"{problems} problems found.";

    // Storage, network and time-out failures: the machine's or the account's, not the input's.
    private static bool IsKnownStorageFailure(Exception e) => Flatten(e).All(x =>
        x is Azure.RequestFailedException or System.Net.Http.HttpRequestException or TimeoutException
            or Azure.Identity.AuthenticationFailedException);

    private static bool IsAll<T>(Exception e) where T : Exception => Flatten(e).All(x => x is T);

    // The messages, sorted so the output does not depend on which thread failed first.
    private static IEnumerable<string> Messages(Exception e) => Flatten(e).Select(x => x.Message).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static IReadOnlyList<Exception> Flatten(Exception e) =>
        e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : new[] { e };
}
