using System.CommandLine;
using Azure.Storage.Blobs.Models;
using SslaPublisher.Definition;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Local;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla publish</c>: builds the site and syncs it to Azure Blob Storage (a local Azurite by default).</summary>
internal static class PublishCommand
{
    /// <summary>Environment variable read when <c>--connection-string</c> is not given.</summary>
    public const string ConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";

    public static Command Create()
    {
        var file = CommonOptions.DefinitionFile();
        var templates = CommonOptions.Templates();
        var connection = new Option<string?>("--connection-string")
        {
            Description = $"Storage account connection string (default: ${ConnectionStringVariable}; with neither, a local Azurite). Never printed.",
        };
        var container = new Option<string>("--container")
        {
            Description = "Blob container.", DefaultValueFactory = _ => AzureBlobTargetOptions.StaticWebsiteContainer,
        };
        var prefix = new Option<string?>("--prefix") { Description = "Path prefix inside the container (default: '<brand slug>/'; '' for the root)." };
        var delete = new Option<bool>("--delete") { Description = "Remove blobs under the prefix that the site no longer has." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan; change nothing." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the counts and the URL (for CI)." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Uploads in flight at once.", DefaultValueFactory = _ => 8,
        };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be at least 1.");
        });
        var includeAgreement = new Option<bool>("--include-agreement") { Description = "Publish internal files (the agreement) too." };
        var azuriteLocation = new Option<string?>("--azurite-location")
        {
            Description = "Data folder of the local Azurite this command starts (default: .azurite/ beside node_modules).",
        };
        var toFolder = new Option<string?>("--to-folder") { Description = "Publish to this folder instead of blob storage (never an input folder)." };
        var force = CommonOptions.Force("With --to-folder: write into the folder even when it holds files ssla did not write.");

        var command = new Command("publish", """
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
            file, templates, connection, container, prefix, delete, dryRun, json, parallel, includeAgreement, azuriteLocation, toFolder, force,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            // Ctrl-C (and SIGTERM) cancel the token (see CommandLine.RunAsync): no new uploads start, those in flight
            // finish, and the process exits 130 with a note that a re-run finishes the job.
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var connectionString = parse.GetValue(connection) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ConnectionStringVariable));
            var redactor = new SecretRedactor(connectionString);
            var quiet = parse.GetValue(json);
            var report = new PublishReport(output, Interactive: !quiet && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected, Quiet: quiet);
            try
            {
                var input = parse.GetValue(file)!;
                if (parse.GetValue(toFolder) is { } destination)
                    OutputGuard.CheckFolder(destination, GuardedInputs.Of(input, parse.GetValue(templates)), parse.GetValue(force));
                var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(parse.GetValue(templates)));
                IEnumerable<PublishUnit> units;
                if (BrandDiscovery.IsSingleBrand(input))
                {
                    var promise = new PromiseLoader().LoadFile(InputResolver.DefinitionPath(input));
                    units = [PublishUnit.ForBrand(promise, builder.Build(promise), parse.GetValue(prefix) ?? promise.Brand.Slug + "/",
                        parse.GetValue(delete), parse.GetValue(includeAgreement))];
                }
                else
                {
                    // An agency folder: every brand under <prefix><slug>/, then the index of brands at <prefix>.
                    units = PublishUnit.ForAgency(BrandSet.Load(input, cancellationToken: cancellationToken), builder,
                        parse.GetValue(prefix) ?? "", parse.GetValue(delete), parse.GetValue(includeAgreement));
                }

                ISiteTarget target;
                if (parse.GetValue(toFolder) is { } folder)
                {
                    target = new FolderTarget(folder);
                }
                else if (connectionString is not null)
                {
                    target = new AzureBlobTarget(connectionString, new AzureBlobTargetOptions { ContainerName = parse.GetValue(container)! });
                }
                else
                {
                    var local = await LocalAzurite.EnsureRunningAsync(parse.GetValue(azuriteLocation), cancellationToken);
                    if (!quiet) report.Azurite(local);
                    // Azurite serves no static website endpoint: public blobs make the page open straight from blob URLs.
                    target = new AzureBlobTarget(local.ConnectionString, new AzureBlobTargetOptions
                    {
                        ContainerName = parse.GetValue(container)!,
                        PublicAccess = PublicAccessType.Blob,
                    });
                }

                var total = new PublishResult(0, 0, 0, 0, 0);
                Uri? url = null;
                foreach (var unit in units)
                {
                    var plan = await SitePublisher.PlanAsync(unit.Site, target, unit.Options, cancellationToken);
                    // The last unit with an index page is the one to open: the brand's, or the agency's index of brands.
                    if (unit.Site.Files.ContainsKey("index.html")) url = target.UrlOf(plan.Prefix + "index.html");
                    if (parse.GetValue(dryRun))
                    {
                        if (!quiet) report.Plan(plan);
                        total += PublishResult.Of(plan);
                        continue;
                    }
                    total += await report.RunAsync(plan, target, parse.GetValue(parallel), cancellationToken);
                }
                if (parse.GetValue(json)) PublishReport.Json(output, total, url, parse.GetValue(dryRun));
                else if (!parse.GetValue(dryRun)) report.Summary(total, url);
                return ExitCodes.Ok;
            }
            catch (DefinitionException e)
            {
                return DiagnosticsPrinter.Print(e, error);
            }
            catch (OutputRefusedException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (BuildProblems.AreInputProblems(e))
            {
                // The build found texts it cannot render (a bio too long, a banner that cannot fit): bad input, as in build.
                foreach (var problem in BuildProblems.Messages(e)) await error.WriteLineAsync($"error: {problem}");
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
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await error.WriteLineAsync($"error: publish failed: {redactor.Redact(PublishErrors.Describe(e))}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
