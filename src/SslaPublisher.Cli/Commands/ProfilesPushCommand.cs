using System.CommandLine;
using SslaPublisher.Profiles;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla profiles push</c>: sets each channel's bio (merged) and banner where the platform has an API.</summary>
internal sealed class ProfilesPushCommand : SslaCommand
{
    private readonly ProfilesOptions _options;
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print what would change (bio before/after, banner by hash) and change nothing." };

    public ProfilesPushCommand(NodaTime.IClock clock) : base("push", """
        Set each channel's bio and banner. Bluesky and Mastodon are written through their APIs, with credentials
        from the environment or --secrets (SSLA_<CHANNEL>_APP_PASSWORD, SSLA_<CHANNEL>_TOKEN); the SLA text goes
        between two invisible marks in the bio and the brand's own text stays. Nothing is written when nothing
        changed. Other platforms are listed with the exact text and banner file to put up by hand.

        Examples:
          ssla profiles push examples/acme-air --dry-run
          SSLA_MASTODON_OPS_TOKEN=… ssla profiles push examples/acme-air --channel mastodon-ops
        """)
    {
        _options = new ProfilesOptions(clock);
        _options.AddTo(Command);
        Command.Options.Add(_dryRun);
    }

    protected override string CancelledNote => "profiles already written stay written; the others were not touched";

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var (_, profiles, secrets, http) = _options.Prepare(run);
        using var _ = http;
        var dryRun = run.Get(_dryRun);
        var targets = new ProfileTargets(secrets, http);
        // Every credential is looked up before anything is written: a missing one stops the run with no profile half done.
        var api = profiles.Where(p => ProfileTargets.HasApi(p.Channel.Platform)).Select(p => (Profile: p, Target: targets.For(p.Channel, signIn: true))).ToList();
        ProfilesOptions.Redact(run, targets);
        var first = true;
        foreach (var (profile, target) in api)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var live = await target.ReadAsync(profile, run.CancellationToken);
            var change = ProfilePlanner.Plan(profile, live);
            if (!first) await run.Output.WriteLineAsync();
            first = false;
            await run.Output.WriteLineAsync(ProfilesOptions.Header(profile));
            if (change.BioChanged)
            {
                await run.Output.WriteLineAsync("  bio: changes");
                await run.Output.WriteLineAsync($"  - {Indent(BioMerge.Visible(live.Bio))}");
                await run.Output.WriteLineAsync($"  + {Indent(BioMerge.Visible(change.BioAfter))}");
            }
            else
            {
                await run.Output.WriteLineAsync("  bio: unchanged");
            }
            await run.Output.WriteLineAsync($"  banner: {(profile.Banner is null ? "none on this platform" : change.BannerChanged ? "changes" : "unchanged")} ({live.BannerNote})");
            if (!change.Any) await run.Output.WriteLineAsync("  nothing to write");
            else if (dryRun) await run.Output.WriteLineAsync("  dry run: nothing written");
            else
            {
                await target.WriteAsync(change, run.CancellationToken);
                await run.Output.WriteLineAsync("  written");
            }
        }
        foreach (var profile in profiles.Where(p => !ProfileTargets.HasApi(p.Channel.Platform)))
        {
            if (!first) await run.Output.WriteLineAsync();
            first = false;
            await run.Output.WriteLineAsync($"{ProfilesOptions.Header(profile)} · manual");
            await run.Output.WriteLineAsync($"  bio: {Indent(profile.Bio)}");
            if (profile.Banner is not null) await run.Output.WriteLineAsync($"  banner: banners/{profile.Channel.Id}.png (written by ssla build)");
            await run.Output.WriteLineAsync($"  steps: {ManualProfiles.Steps(profile.Channel.Platform)}");
        }
        return ExitCodes.Ok;
    }

    // A bio of several lines stays readable under its marker.
    private static string Indent(string text) => text.Replace("\n", "\n    ", StringComparison.Ordinal);
}
