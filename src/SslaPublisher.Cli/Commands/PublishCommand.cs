using System.CommandLine;
using Azure.Storage.Blobs.Models;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Local;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla publish</c>: builds the site and syncs it to Azure Blob Storage (a local Azurite by default).</summary>
internal sealed class PublishCommand : SslaCommand
{
    /// <summary>Environment variable read when <c>--connection-string</c> is not given.</summary>
    public const string ConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";

    private readonly Argument<string> _file = CommonOptions.DefinitionFile();
    private readonly Option<string?> _templates = CommonOptions.Templates();
    private readonly Option<string?> _connection = new("--connection-string")
    {
        Description = $"Storage account connection string (default: ${ConnectionStringVariable}; with neither, a local Azurite). Never printed.",
    };
    private readonly Option<string> _container = new("--container")
    {
        Description = "Blob container.", DefaultValueFactory = _ => AzureBlobTargetOptions.StaticWebsiteContainer,
    };
    private readonly Option<string?> _prefix = new("--prefix") { Description = "Path prefix inside the container (default: '<brand slug>/'; '' for the root)." };
    private readonly Option<bool> _delete = new("--delete") { Description = "Remove blobs under the prefix that the site no longer has." };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the plan; change nothing." };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object with the counts and the URL (for CI)." };
    private readonly Option<int> _parallel = CommonOptions.Parallel("Uploads in flight at once.", 8);
    private readonly Option<bool> _includeAgreement = new("--include-agreement") { Description = "Publish internal files (the agreement) too." };
    private readonly Option<string?> _azuriteLocation = new("--azurite-location")
    {
        Description = "Data folder of the local Azurite this command starts (default: .azurite/ beside node_modules).",
    };
    private readonly Option<string?> _toFolder = new("--to-folder") { Description = "Publish to this folder instead of blob storage (never an input folder)." };
    private readonly Option<bool> _force = CommonOptions.Force("With --to-folder: write into the folder even when it holds files ssla did not write.");

    public PublishCommand() : base("publish", """
        Build the promise site and upload what changed to Azure Blob Storage.
        Files are compared by MD5 and size; new assets go first, pages last, deletes (--delete) after all.
        With no --connection-string and no $AZURE_STORAGE_CONNECTION_STRING, publishes to a local Azurite
        on 127.0.0.1:10000 (started when needed, data in .azurite/) and prints the page's URL.

        Examples:
          ssla publish examples/acme-air
          ssla publish ssla.yaml --dry-run
          AZURE_STORAGE_CONNECTION_STRING=... ssla publish ssla.yaml --delete --json
        """)
    {
        // A name Azure would refuse is a usage error (exit 2) before anything connects, not a storage failure (3).
        _container.Validators.Add(r =>
        {
            if (ContainerName.Problem(r.GetValueOrDefault<string>() ?? "") is { } problem) r.AddError($"--container: {problem}.");
        });
        Command.Arguments.Add(_file);
        foreach (var option in new Option[] { _templates, _connection, _container, _prefix, _delete, _dryRun, _json, _parallel, _includeAgreement, _azuriteLocation, _toFolder, _force })
            Command.Options.Add(option);
    }

    // Ctrl-C (and SIGTERM) cancel the token (see CommandLine.RunAsync): no new uploads start, those in flight finish.
    protected override string CancelledNote => "files already uploaded are complete; run the same command again to finish";

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var cancellationToken = run.CancellationToken;
        var connectionString = run.Get(_connection) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ConnectionStringVariable));
        run.Redactor = new SecretRedactor(connectionString);
        var quiet = run.Get(_json);
        var dryRun = run.Get(_dryRun);
        var report = new PublishReport(run.Output, Interactive: !quiet && ReferenceEquals(TerminalWriter.Unwrap(run.Output), Console.Out) && !Console.IsOutputRedirected, Quiet: quiet);

        var input = run.Get(_file)!;
        InputResolver.RequireExists(input);
        CheckPrefix(run.Get(_prefix));
        if (run.Get(_toFolder) is { } destination)
            OutputGuard.CheckFolder(destination, GuardedInputs.Of(input, run.Get(_templates)), run.Get(_force));
        var units = Units(run, input);
        var target = await TargetAsync(run, connectionString, report);

        var total = new PublishResult(0, 0, 0, 0, 0);
        Uri? url = null;
        foreach (var unit in units)
        {
            var plan = await SitePublisher.PlanAsync(unit.Site, target, unit.Options, cancellationToken);
            // The last unit with an index page is the one to open: the brand's, or the agency's index of brands.
            if (unit.Site.Files.ContainsKey("index.html")) url = target.UrlOf(plan.Prefix + "index.html");
            if (dryRun)
            {
                if (!quiet) report.Plan(plan);
                total += PublishResult.Of(plan);
                continue;
            }
            total += await report.RunAsync(plan, target, run.Get(_parallel), cancellationToken);
        }
        if (quiet) PublishReport.Json(run.Output, total, url, dryRun);
        else if (!dryRun) report.Summary(total, url);
        return ExitCodes.Ok;
    }

    // What to publish: one brand under its prefix, or every brand of an agency folder then the index of brands.
    private IEnumerable<PublishUnit> Units(CommandRun run, string input)
    {
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(run.Get(_templates)));
        if (BrandDiscovery.IsSingleBrand(input))
        {
            var promise = InputResolver.Load(input);
            return [PublishUnit.ForBrand(promise, builder.Build(promise, run.CancellationToken), run.Get(_prefix) ?? promise.Brand.Slug + "/",
                run.Get(_delete), run.Get(_includeAgreement))];
        }
        // An agency folder: every brand under <prefix><slug>/, then the index of brands at <prefix>.
        return PublishUnit.ForAgency(BrandSet.Load(input, cancellationToken: run.CancellationToken), builder,
            run.Get(_prefix) ?? "", run.Get(_delete), run.Get(_includeAgreement));
    }

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

    private async Task<ISiteTarget> TargetAsync(CommandRun run, string? connectionString, PublishReport report)
    {
        if (run.Get(_toFolder) is { } folder) return new FolderTarget(folder);
        if (connectionString is not null)
            return new AzureBlobTarget(connectionString, new AzureBlobTargetOptions { ContainerName = run.Get(_container)! });
        var local = await LocalAzurite.EnsureRunningAsync(run.Get(_azuriteLocation), run.CancellationToken);
        if (!run.Get(_json)) report.Azurite(local);
        // Azurite serves no static website endpoint: public blobs make the page open straight from blob URLs.
        return new AzureBlobTarget(local.ConnectionString, new AzureBlobTargetOptions
        {
            ContainerName = run.Get(_container)!,
            PublicAccess = PublicAccessType.Blob,
        });
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
