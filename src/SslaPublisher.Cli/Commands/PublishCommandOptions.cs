using System.CommandLine;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Accounts;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Cli.Commands;

/// <summary>The arguments and options of <c>ssla publish</c>, and the checks between them.</summary>
internal sealed class PublishCommandOptions
{
    public Argument<string?> File { get; } = new("file")
    {
        Description = "ssla.yaml, a folder holding one, or an agency folder (every ssla.yaml below it). Not with --from.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> From { get; } = new("--from") { Description = "Publish this folder, already built by 'ssla build', instead of building." };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Keep the build in this folder (an agency's unchanged brands are reused from it next time; default: a cache folder, see $SSLA_CACHE_DIR).",
    };

    public Option<NodaTime.Instant?> AsOf { get; } = CommonOptions.AsOf("Bios, badges and banners state the promise in force at this instant (a notice's temporary promise in its window).");

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Render every brand of an agency again, even those whose inputs did not change." };

    public Option<string?> Templates { get; } = CommonOptions.Templates();

    public Option<string?> Connection { get; } = new("--connection-string")
    {
        Description = $"Storage account connection string (default: ${PublishCommand.ConnectionStringVariable}; with neither, a local Azurite). Never printed.",
    };

    public Option<string?> AccountUrl { get; } = new("--account-url")
    {
        Description = $"Blob endpoint https://<account>.blob.core.windows.net, signed in with Entra ID (see --auth), or with the SAS token in its query (default: ${PublishCommand.AccountUrlVariable}).",
    };

    public Option<string> Auth { get; } = new("--auth")
    {
        Description = "Entra ID credential for --account-url: default (DefaultAzureCredential), environment, workload-identity, managed-identity, azure-cli.",
        DefaultValueFactory = _ => "default",
    };

    public Option<bool> ConfigureWebsite { get; } = new("--configure-website")
    {
        Description = "Enable the account's static website (index.html, the site's 404.html), or print the az command that would.",
    };

    public Option<string?> WebsiteUrl { get; } = new("--website-url")
    {
        Description = "The account's static website URL (https://<account>.z<N>.web.core.windows.net), printed instead of the blob URL.",
    };

    public Option<BrandShard> Shard { get; } = CommonOptions.Shard();

    public Option<bool> IndexOnly { get; } = CommonOptions.IndexOnly();

    public Option<string> Container { get; } = new("--container")
    {
        Description = "Blob container.", DefaultValueFactory = _ => AzureBlobTargetOptions.StaticWebsiteContainer,
    };

    public Option<string?> Prefix { get; } = new("--prefix") { Description = "Path prefix inside the container (default: '<brand slug>/' for a brand, '' for an agency)." };

    public Option<bool> Delete { get; } = new("--delete") { Description = "Remove blobs under the prefix that the site no longer has (for an agency: also brands no longer in it)." };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print the plan; change nothing." };

    public Option<bool> Verify { get; } = new("--verify")
    {
        Description = "A shard: list its brands' folders instead of trusting its manifest of the last publish, and write the manifest again (repairs it after blobs were changed by hand or by another tool).",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON object with the counts and the URL (for CI)." };

    public Option<bool> IncludeAgreement { get; } = new("--include-agreement") { Description = "Publish internal files (the agreement) too." };

    public Option<string?> AzuriteLocation { get; } = new("--azurite-location")
    {
        Description = "Data folder of the local Azurite this command starts (default: .azurite/ beside node_modules).",
    };

    public Option<string?> ToFolder { get; } = new("--to-folder") { Description = "Publish to this folder instead of blob storage (never an input folder)." };

    public Option<bool> Force { get; } = CommonOptions.Force("Write into --to-folder or --output even when it holds files ssla did not write.");

    public Option<int> Parallel { get; } = CommonOptions.Parallel("Uploads (and a shard's brand folder listings) in flight at once.", 8);

    public Option<int> LockTimeout { get; } = new("--lock-timeout")
    {
        Description = "Seconds to wait while another publish to the same prefix finishes.",
        DefaultValueFactory = _ => (int)PublishRequest.DefaultLockTimeout.TotalSeconds,
    };

    public Option<int> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds one storage request may take before it is retried (3 retries).",
        DefaultValueFactory = _ => (int)StorageClientOptions.DefaultRequestTimeout.TotalSeconds,
    };

    public Option<int> StallTimeout { get; } = new("--stall-timeout")
    {
        Description = "Seconds without any storage request finishing after which the publish stops (exit 3).",
        DefaultValueFactory = _ => (int)PublishRequest.DefaultStallTimeout.TotalSeconds,
    };

    public void AddTo(Command command)
    {
        foreach (var positive in new[] { Timeout, StallTimeout })
            positive.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 1) r.AddError($"{r.Option.Name} must be at least 1.");
            });
        Auth.Validators.Add(r =>
        {
            if (StorageAuthKinds.Parse(r.GetValueOrDefault<string>()) is null)
                r.AddError($"--auth takes one of {string.Join(", ", StorageAuthKinds.All)}, not '{r.GetValueOrDefault<string>()}'.");
        });
        WebsiteUrl.Validators.Add(r =>
        {
            if (!Uri.TryCreate(r.GetValueOrDefault<string>(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
                r.AddError("--website-url must be an https URL, such as https://<account>.z6.web.core.windows.net.");
        });
        LockTimeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--lock-timeout must be 0 or more.");
        });
        // A name Azure would refuse is a usage error (exit 2) before anything connects, not a storage failure (3).
        Container.Validators.Add(r =>
        {
            if (ContainerName.Problem(r.GetValueOrDefault<string>() ?? "") is { } problem) r.AddError($"--container: {problem}.");
        });
        command.Arguments.Add(File);
        foreach (Option option in new Option[]
                 {
                     From, Output, NoCache, Templates, Connection, Container, Prefix, Delete, DryRun, Json, Parallel,
                     IncludeAgreement, AzuriteLocation, ToFolder, Force, LockTimeout, Timeout, StallTimeout,
                     AccountUrl, Auth, ConfigureWebsite, WebsiteUrl, Shard, IndexOnly, AsOf, Verify,
                 })
            command.Options.Add(option);
        command.Validators.Add(r =>
        {
            var file = r.GetValue(File);
            var from = r.GetValue(From);
            if (file is null && from is null) r.AddError("give the file or folder to publish, or --from a built folder.");
            else if (file is not null && from is not null) r.AddError($"give either '{file}' or --from '{from}', not both.");
            else if (from is not null && (r.GetValue(Output) is not null || r.GetValue(NoCache) || r.GetValue(Templates) is not null || r.GetResult(AsOf) is not null))
                r.AddError("--from publishes a folder as built: --output, --no-cache, --templates and --as-of belong to the build.");
            else if (r.GetValue(Connection) is not null && r.GetValue(AccountUrl) is not null)
                r.AddError("give either --connection-string or --account-url, not both.");
            else if (from is not null && (r.GetValue(Shard) is { IsPartial: true } || r.GetValue(IndexOnly)))
                r.AddError("--shard and --index-only choose what to build: build each share with 'ssla build --shard', then publish it with --from.");
        });
    }

    public SiteTargetSpec TargetSpec(ParseResult parse, StorageAccount? account) => new()
    {
        Folder = parse.GetValue(ToFolder),
        Account = account,
        Container = parse.GetValue(Container)!,
        AzuriteLocation = parse.GetValue(AzuriteLocation),
        RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
    };
}
