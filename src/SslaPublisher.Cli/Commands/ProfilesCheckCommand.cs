using SslaPublisher.Profiles;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla profiles check</c>: reads the public profiles and exits 1 when one drifted from the promise.</summary>
internal sealed class ProfilesCheckCommand : SslaCommand
{
    private readonly ProfilesOptions _options;

    public ProfilesCheckCommand(NodaTime.IClock clock) : base("check", """
        Read each Bluesky and Mastodon profile through the public API (no credentials) and report drift: the SLA
        block of the bio or the banner no longer what the promise publishes. Exit code 1 on drift, for a
        scheduled CI job; other platforms are listed as not checked.

        Example:
          ssla profiles check examples/acme-air
        """)
    {
        _options = new ProfilesOptions(clock);
        _options.AddTo(Command);
    }

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var (_, profiles, secrets, http) = _options.Prepare(run);
        using var _ = http;
        var targets = new ProfileTargets(secrets, http);
        var drifted = 0;
        foreach (var profile in profiles)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            if (!ProfileTargets.HasApi(profile.Channel.Platform))
            {
                await run.Output.WriteLineAsync($"{ProfilesOptions.Header(profile)}: not checked (manual platform)");
                continue;
            }
            var live = await targets.For(profile.Channel, signIn: false).ReadAsync(profile, run.CancellationToken);
            var drift = ProfilePlanner.Drifted(profile, live, out var bioState);
            if (drift) drifted++;
            var banner = profile.Banner is null ? "none" : live.BannerMatches ? "up to date" : "out of date";
            await run.Output.WriteLineAsync($"{ProfilesOptions.Header(profile)}: {(drift ? "DRIFT" : "ok")} · bio {bioState} · banner {banner}");
            if (drift && bioState != "up to date") await run.Output.WriteLineAsync($"  expected: {profile.Bio}");
        }
        if (drifted == 0) return ExitCodes.Ok;
        await run.Error.WriteLineAsync($"{drifted} profile(s) drifted from the promise; run 'ssla profiles push' to put them right.");
        return ExitCodes.Invalid;
    }
}
