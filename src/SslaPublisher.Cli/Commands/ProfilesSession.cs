using System.CommandLine;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Definition;
using SslaPublisher.Profiles;
using SslaPublisher.Publishing;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Cli.Commands;

/// <summary>The options <c>profiles push</c> and <c>profiles check</c> share, and what they prepare from them.</summary>
internal sealed class ProfilesOptions(NodaTime.IClock clock)
{
    public Argument<string> File { get; } = CommonOptions.DefinitionFile();

    public Option<string?> Channel { get; } = new("--channel", "-c") { Description = "Only this channel (its id in ssla.yaml)." };

    public Option<string?> Secrets { get; } = new("--secrets")
    {
        Description = "File of NAME=value lines with the credentials (SSLA_<CHANNEL>_TOKEN, …), outside the brand folder. Default: $SSLA_SECRETS_FILE, else the environment only.",
    };

    public Option<int> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds each request to a platform may take.",
        DefaultValueFactory = _ => 30,
    };

    public Option<string?> Templates { get; } = CommonOptions.Templates();

    public Option<NodaTime.Instant?> AsOf { get; } = CommonOptions.AsOf("Bios and banners state the promise in force at this instant (a notice's temporary promise in its window), as 'ssla build' does.");

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Channel);
        command.Options.Add(Secrets);
        command.Options.Add(Timeout);
        command.Options.Add(Templates);
        command.Options.Add(AsOf);
        Timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--timeout must be at least 1 second.");
        });
    }

    /// <summary>The promise, its channels (all or --channel), what each profile should show, and the secrets.</summary>
    public (Promise Promise, IReadOnlyList<DesiredProfile> Profiles, ProfileSecrets Secrets, ProfileHttp Http) Prepare(CommandRun run)
    {
        var file = run.Get(File)!;
        var promise = InputResolver.Load(file);
        var wanted = run.Get(Channel);
        if (wanted is not null && promise.Channels.All(c => c.Id != wanted))
            throw CommandFailure.Usage($"No channel '{wanted}'. Channels: {string.Join(", ", promise.Channels.Select(c => c.Id))}.");
        var profiles = DesiredProfiles.Build(promise, TemplateSet.Default.WithOverrides(run.Get(Templates)), run.Get(AsOf) ?? clock.GetCurrentInstant(), run.CancellationToken)
            .Where(p => wanted is null || p.Channel.Id == wanted).ToList();
        var brandFolder = Path.GetDirectoryName(Path.GetFullPath(InputResolver.DefinitionPath(file)))!;
        var secrets = ProfileSecrets.Load(run.Get(Secrets) ?? Environment.GetEnvironmentVariable("SSLA_SECRETS_FILE"), brandFolder);
        var http = new ProfileHttp(ProfileHttpOptions.Default with { Timeout = TimeSpan.FromSeconds(run.Get(Timeout)) });
        return (promise, profiles, secrets, http);
    }

    /// <summary>The channel's header line: <c>mastodon-ops · Mastodon @ops@example.social</c>.</summary>
    public static string Header(DesiredProfile p) => $"{p.Channel.Id} · {p.Platform.DisplayName} {p.Channel.Handle}";

    /// <summary>From now on, failures printed for <paramref name="run"/> never show the credentials handed out.</summary>
    public static void Redact(CommandRun run, ProfileTargets targets) => run.Redactor = new SecretRedactor(null, targets.Secrets);
}
