using System.CommandLine;
using SslaPublisher.Definition;
using SslaPublisher.Publishing;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Cli.Commands;

/// <summary>
/// <c>ssla publish</c>: builds the site (or takes a built folder) and syncs it to Azure Blob Storage (a local Azurite
/// by default). The work is the library's: <see cref="PublishSources"/> builds, <see cref="SiteTargetFactory"/> makes
/// the target, <see cref="PublishSession"/> locks, plans and uploads; this class reads options and prints.
/// </summary>
internal static class PublishCommand
{
    /// <summary>Environment variable read when <c>--connection-string</c> is not given.</summary>
    public const string ConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";

    public static Command Create()
    {
        var options = new PublishCommandOptions();
        var command = new Command("publish", """
            Build the promise site and upload what changed to Azure Blob Storage.
            Files are compared by MD5 and size; new assets go first, pages last, deletes (--delete) after all.
            An agency folder is built like 'ssla build' (brands in parallel, unchanged brands reused from the last
            build) and published under <prefix><slug>/ with its index at <prefix>; --delete also removes brands
            that are no longer in it. Publishes to one prefix take turns (a lock under the prefix).
            With no --connection-string and no $AZURE_STORAGE_CONNECTION_STRING, publishes to a local Azurite
            on 127.0.0.1:10000 (started when needed, data in .azurite/) and prints the page's URL.

            Examples:
              ssla publish examples/acme-air
              ssla publish ssla.yaml --dry-run
              ssla build brands/ -o site && ssla publish --from site --delete
              AZURE_STORAGE_CONNECTION_STRING=... ssla publish brands/ --delete --json
            """);
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(options, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(PublishCommandOptions options, ParseResult parse, CancellationToken cancellationToken)
    {
        // Ctrl-C (and SIGTERM) cancel the token (see CommandLine.RunAsync): no new uploads start, those in flight
        // are cancelled, and the process exits 130 with a note that a re-run finishes the job.
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var connectionString = parse.GetValue(options.Connection) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ConnectionStringVariable));
        var redactor = new SecretRedactor(connectionString);
        var quiet = parse.GetValue(options.Json);
        var report = new PublishReport(output, error, Interactive: !quiet && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected, Quiet: quiet);
        try
        {
            var source = BuildSource(options, parse, report, cancellationToken);
            var target = await SiteTargetFactory.CreateAsync(options.TargetSpec(parse, connectionString),
                quiet ? null : report.Azurite, cancellationToken);
            var request = new PublishRequest
            {
                Source = source,
                Prefix = parse.GetValue(options.Prefix) ?? (source.Slug is { } slug ? slug + "/" : ""),
                Delete = parse.GetValue(options.Delete),
                IncludeInternal = parse.GetValue(options.IncludeAgreement),
                DryRun = parse.GetValue(options.DryRun),
                Parallelism = parse.GetValue(options.Parallel),
                LockTimeout = TimeSpan.FromSeconds(parse.GetValue(options.LockTimeout)),
                StallTimeout = TimeSpan.FromSeconds(parse.GetValue(options.StallTimeout)),
            };
            var outcome = await PublishSession.RunAsync(request, target, report, cancellationToken);
            if (quiet) PublishReport.Json(output, outcome.Result, outcome.Url, request.DryRun);
            else if (!request.DryRun) report.Summary(outcome.Result, outcome.Url);
            return ExitCodes.Ok;
        }
        catch (DefinitionException e)
        {
            return DiagnosticsPrinter.Print(e, error);
        }
        catch (Exception e) when (BuildProblems.AreInputProblems(e))
        {
            // The build found texts it cannot render (a bio too long, a banner that cannot fit): bad input, as in build.
            foreach (var problem in BuildProblems.Messages(e)) await error.WriteLineAsync($"error: {problem}");
            return ExitCodes.Invalid;
        }
        catch (BuiltFolderException e)
        {
            await error.WriteLineAsync($"error: --from: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Cancelled. Files already uploaded are complete; run the same command again to finish.");
            return ExitCodes.Cancelled;
        }
        catch (ArgumentException e) when (e.ParamName == "prefix")
        {
            // ArgumentException.Message ends with " (Parameter 'prefix')", which reads as a crash to a user.
            var message = e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            await error.WriteLineAsync($"error: --prefix: {redactor.Redact(message)}");
            return ExitCodes.Usage;
        }
        catch (PublishFailedException e)
        {
            await error.WriteLineAsync($"error: publish stopped: {redactor.Redact(e.Message)}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"error: publish failed: {redactor.Redact(PublishErrors.Describe(e))}");
            return ExitCodes.Failure;
        }
    }

    // The built folder given with --from, or a build of the input: one brand in memory, an agency through the cache.
    private static PublishSource BuildSource(PublishCommandOptions options, ParseResult parse, PublishReport report, CancellationToken cancellationToken)
    {
        if (parse.GetValue(options.From) is { } built) return PublishSource.FromFolder(built);
        var input = parse.GetValue(options.File)!;
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(parse.GetValue(options.Templates)));
        if (BrandDiscovery.IsSingleBrand(input))
            return PublishSources.ForBrand(new PromiseLoader().LoadFile(InputResolver.DefinitionPath(input)), builder, parse.GetValue(options.Output));
        var source = PublishSources.ForAgency(input, builder, parse.GetValue(options.Output),
            new MultiBrandBuildOptions { UseCache = !parse.GetValue(options.NoCache) }, out var results, cancellationToken);
        report.Built(results);
        return source;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
