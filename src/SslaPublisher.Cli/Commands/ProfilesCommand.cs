using SslaPublisher.Cli.Errors;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla profiles</c>: the parent of <c>push</c> and <c>check</c>.</summary>
internal sealed class ProfilesCommand : SslaCommand
{
    /// <param name="clock">"Now", the default instant whose notices the pushed bios and banners state.</param>
    public ProfilesCommand(NodaTime.IClock clock) : base("profiles", """
        Keep the profiles themselves in step with the promise: 'push' sets each channel's bio and banner on Bluesky
        and Mastodon (and lists what to paste on the other platforms), 'check' reports drift. See docs/profiles.md.
        """)
    {
        Command.Subcommands.Add(new ProfilesPushCommand(clock).Command);
        Command.Subcommands.Add(new ProfilesCheckCommand(clock).Command);
    }

    protected override Task<int> RunAsync(CommandRun run) =>
        throw CommandFailure.Usage("error: choose 'ssla profiles push' or 'ssla profiles check'.", "Run 'ssla profiles --help' for usage.");
}
