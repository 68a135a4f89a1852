using SslaPublisher.Cli.Errors;
using SslaPublisher.Publishing;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary>
/// <c>ssla publish</c>: builds the site (or takes a built folder) and syncs it to Azure Blob Storage (a local Azurite
/// by default). The work is the library's: <see cref="PublishSources"/> builds, <see cref="SiteTargetFactory"/> makes
/// the target, <see cref="PublishSession"/> locks, plans and uploads; this class reads options and prints.
/// </summary>
internal sealed class PublishCommand : SslaCommand
{
    /// <summary>Environment variable read when <c>--connection-string</c> is not given.</summary>
    public const string ConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";

    private readonly PublishCommandOptions _options = new();

    public PublishCommand() : base("publish", """
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
        """)
    {
        _options.AddTo(Command);
    }

    // Ctrl-C (and SIGTERM) cancel the token (see CommandLine.RunAsync): no new uploads start, those in flight are cancelled.
    protected override string CancelledNote => "files already uploaded are complete; run the same command again to finish";

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var connectionString = run.Get(_options.Connection) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ConnectionStringVariable));
        run.Redactor = new SecretRedactor(connectionString);
        var quiet = run.Get(_options.Json);
        var report = new PublishReport(run.Output, run.Error,
            Interactive: !quiet && ReferenceEquals(TerminalWriter.Unwrap(run.Output), Console.Out) && !Console.IsOutputRedirected, Quiet: quiet);

        CheckPrefix(run.Get(_options.Prefix));
        var input = run.Get(_options.File);
        if (input is not null) InputResolver.RequireExists(input);
        if (run.Get(_options.ToFolder) is { } destination)
            OutputGuard.CheckFolder(destination, Guarded(run, input), run.Get(_options.Force));
        var source = BuildSource(run, input, report);
        var target = await SiteTargetFactory.CreateAsync(_options.TargetSpec(run.Parse, connectionString), quiet ? null : report.Azurite, run.CancellationToken);
        var request = new PublishRequest
        {
            Source = source,
            Prefix = run.Get(_options.Prefix) ?? (source.Slug is { } slug ? slug + "/" : ""),
            Delete = run.Get(_options.Delete),
            IncludeInternal = run.Get(_options.IncludeAgreement),
            DryRun = run.Get(_options.DryRun),
            Parallelism = run.Get(_options.Parallel),
            LockTimeout = TimeSpan.FromSeconds(run.Get(_options.LockTimeout)),
            StallTimeout = TimeSpan.FromSeconds(run.Get(_options.StallTimeout)),
        };
        var outcome = await PublishSession.RunAsync(request, target, report, run.CancellationToken);
        if (quiet) PublishReport.Json(run.Output, outcome.Result, outcome.Url, request.DryRun);
        else if (!request.DryRun) report.Summary(outcome.Result, outcome.Url);
        return ExitCodes.Ok;
    }

    // The built folder given with --from, or a build of the input: one brand in memory, an agency through the cache.
    private PublishSource BuildSource(CommandRun run, string? input, PublishReport report)
    {
        if (run.Get(_options.From) is { } built) return PublishSource.FromFolder(built);
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(run.Get(_options.Templates)));
        var keepIn = run.Get(_options.Output);
        if (BrandDiscovery.IsSingleBrand(input!))
        {
            if (keepIn is not null) OutputGuard.CheckFolder(keepIn, Guarded(run, input), run.Get(_options.Force));
            return PublishSources.ForBrand(InputResolver.Load(input!), builder, keepIn, run.CancellationToken);
        }
        OutputGuard.CheckFolder(keepIn ?? BuildCache.FolderFor(input!), Guarded(run, input), run.Get(_options.Force));
        var source = PublishSources.ForAgency(input!, builder, keepIn,
            new MultiBrandBuildOptions { UseCache = !run.Get(_options.NoCache) }, out var results, run.CancellationToken);
        report.Built(results);
        return source;
    }

    private List<GuardedInput> Guarded(CommandRun run, string? input) =>
        input is null ? [] : GuardedInputs.Of(input, run.Get(_options.Templates));

    // Before any work: a prefix that could leave the container is a usage error.
    private static void CheckPrefix(string? prefix)
    {
        if (prefix is null) return;
        try
        {
            PublishPrefix.Normalize(prefix);
        }
        catch (ArgumentException e)
        {
            // ArgumentException.Message ends with " (Parameter 'prefix')", which reads as a crash to a user.
            throw CommandFailure.Usage($"error: --prefix: {e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal)}");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
