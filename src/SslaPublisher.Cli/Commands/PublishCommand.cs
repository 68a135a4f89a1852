using SslaPublisher.Cli.Errors;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Accounts;
using SslaPublisher.Rendering;
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

    /// <summary>Environment variable read when neither <c>--account-url</c> nor a connection string is given.</summary>
    public const string AccountUrlVariable = "AZURE_STORAGE_ACCOUNT_URL";

    private readonly PublishCommandOptions _options = new();
    private readonly NodaTime.IClock _clock;

    /// <param name="clock">"Now", the default build instant for notices (tests pass a fake clock).</param>
    public PublishCommand(NodaTime.IClock clock) : base("publish", """
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
          ssla publish brands/ --shard 2/4 -o site-2 --verify   (list instead of trusting the shard's manifest)
          AZURE_STORAGE_CONNECTION_STRING=... ssla publish brands/ --delete --json
          ssla publish examples/acme-air --as-of now   (every 15 minutes from cron: notices swap bios,
                                                        badges and banners in and back; unchanged files stay)
        """)
    {
        _clock = clock;
        _options.AddTo(Command);
    }

    // Ctrl-C (and SIGTERM) cancel the token (see CommandLine.RunAsync): no new uploads start, those in flight are cancelled.
    protected override string CancelledNote => "files already uploaded are complete; run the same command again to finish";

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var account = Account(run);
        run.Redactor = new SecretRedactor(account?.Secrets);
        var quiet = run.Get(_options.Json);
        var report = new PublishReport(run.Output, run.Error, Interactive: !quiet && ReferenceEquals(TerminalWriter.Unwrap(run.Output), Console.Out) && !Console.IsOutputRedirected, Quiet: quiet);

        CheckPrefix(run.Get(_options.Prefix));
        var input = run.Get(_options.File);
        if (input is not null) InputResolver.RequireExists(input);
        if (run.Get(_options.ToFolder) is { } destination)
            OutputGuard.CheckFolder(destination, Guarded(run, input), run.Get(_options.Force));
        var source = BuildSource(run, input, report);
        var target = await SiteTargetFactory.CreateAsync(_options.TargetSpec(run.Parse, account), quiet ? null : report.Azurite, run.CancellationToken);
        var request = new PublishRequest
        {
            Source = source,
            Prefix = run.Get(_options.Prefix) ?? (source.Slug is { } slug ? slug + "/" : ""),
            Delete = run.Get(_options.Delete),
            IncludeInternal = run.Get(_options.IncludeAgreement),
            DryRun = run.Get(_options.DryRun),
            Verify = run.Get(_options.Verify),
            Parallelism = run.Get(_options.Parallel),
            LockTimeout = TimeSpan.FromSeconds(run.Get(_options.LockTimeout)),
            StallTimeout = TimeSpan.FromSeconds(run.Get(_options.StallTimeout)),
        };
        PublishOutcome outcome;
        try
        {
            if (run.Get(_options.ConfigureWebsite) && target is AzureBlobTarget blobs)
                await WebsiteSetup.RunAsync(blobs, PublishPrefix.Normalize(request.Prefix) + "404.html", request.DryRun, run.Error, run.CancellationToken);
            outcome = await PublishSession.RunAsync(request, target, report, run.CancellationToken);
        }
        catch (Exception e) when (account is not null && StorageAccessErrors.Describe(e, account) is { } message)
        {
            throw new CommandFailure(ExitCodes.Failure, $"error: publish failed: {message}");
        }
        var url = WebsiteUrl(run, request.Prefix) ?? outcome.Url;
        if (quiet) PublishReport.Json(run.Output, outcome.Result, url, request.DryRun, outcome.Timings, outcome.Remote);
        else
        {
            report.Remote(outcome.Remote, request.DryRun);
            if (!request.DryRun) report.Summary(outcome.Result, url);
        }
        return ExitCodes.Ok;
    }

    // The account from --connection-string / --account-url or their variables; null for a folder or the local Azurite.
    private StorageAccount? Account(CommandRun run)
    {
        var connectionString = run.Get(_options.Connection) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ConnectionStringVariable));
        if (connectionString is not null && run.Get(_options.Connection) is not null) return StorageAccount.FromConnectionString(connectionString);
        var accountUrl = run.Get(_options.AccountUrl) ?? NullIfEmpty(Environment.GetEnvironmentVariable(AccountUrlVariable));
        if (accountUrl is null) return connectionString is null ? null : StorageAccount.FromConnectionString(connectionString);
        try
        {
            return StorageAccount.FromAccountUrl(accountUrl, StorageAuthKinds.Parse(run.Get(_options.Auth))!.Value);
        }
        catch (FormatException e)
        {
            throw CommandFailure.Usage($"error: --account-url: {e.Message}");
        }
    }

    // With --website-url, readers are sent to the static website, not to the blob endpoint.
    private Uri? WebsiteUrl(CommandRun run, string prefix) =>
        run.Get(_options.WebsiteUrl) is { } site ? new Uri($"{site.TrimEnd('/')}/{PublishPrefix.Normalize(prefix)}index.html") : null;

    // The built folder given with --from, or a build of the input: one brand in memory, an agency through the cache.
    private PublishSource BuildSource(CommandRun run, string? input, PublishReport report)
    {
        if (run.Get(_options.From) is { } built) return PublishSource.FromFolder(built);
        var builder = BuildCommand.Builder(run.Get(_options.Templates), run.Get(_options.AsOf), _clock);
        var keepIn = run.Get(_options.Output);
        if (BrandDiscovery.IsSingleBrand(input!))
        {
            CommonOptions.RequireAgencyForShards(input!, run.Get(_options.Shard)!, run.Get(_options.IndexOnly));
            if (keepIn is not null) OutputGuard.CheckFolder(keepIn, Guarded(run, input), run.Get(_options.Force));
            GraphicsWarmUp.Start();  // one brand always draws: SkiaSharp's set-up overlaps with loading and the pages
            return PublishSources.ForBrand(InputResolver.Load(input!), builder, keepIn, run.CancellationToken);
        }
        OutputGuard.CheckFolder(keepIn ?? BuildCache.FolderFor(input!), Guarded(run, input), run.Get(_options.Force));
        var source = PublishSources.ForAgency(input!, builder, keepIn,
            new MultiBrandBuildOptions { UseCache = !run.Get(_options.NoCache), Shard = run.Get(_options.Shard)!, IndexOnly = run.Get(_options.IndexOnly) },
            out var results, run.CancellationToken);
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
