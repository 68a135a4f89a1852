using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Profiles.Bluesky;
using SslaPublisher.Profiles.Mastodon;

namespace SslaPublisher.Profiles;

/// <summary>
/// Makes the <see cref="IProfileTarget"/> of a channel from its handle and its settings
/// (<c>SSLA_&lt;CHANNEL&gt;_TOKEN</c>, <c>_APP_PASSWORD</c>, <c>_IDENTIFIER</c>, <c>_URL</c>), and lists every secret it used
/// so the caller can keep them out of what it prints.
/// </summary>
public sealed class ProfileTargets(ProfileSecrets secrets, ProfileHttp http)
{
    /// <summary>Bluesky's entryway: signs every bsky.social account in.</summary>
    public static readonly Uri BlueskyService = new("https://bsky.social/");

    /// <summary>Bluesky's public AppView, which serves any account's records without sign-in.</summary>
    public static readonly Uri BlueskyPublic = new("https://public.api.bsky.app/");

    private readonly List<string> _secrets = [];

    /// <summary>The credentials handed out so far.</summary>
    public IReadOnlyList<string> Secrets => _secrets;

    /// <summary>True when the tool can write this platform's profile (the others are <see cref="ManualProfiles"/>).</summary>
    public static bool HasApi(PlatformId platform) => platform is PlatformId.Bluesky or PlatformId.Mastodon;

    /// <summary>The target of <paramref name="channel"/>, signed in when <paramref name="signIn"/>.</summary>
    /// <exception cref="ProfileSetupException">A credential is missing, or a configured address is not allowed.</exception>
    public IProfileTarget For(Channel channel, bool signIn)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var urlName = ProfileSecrets.NameFor(channel.Id, "URL");
        var url = secrets.Get(urlName) is { } configured ? ProfileEndpoints.Parse(configured, urlName) : null;
        switch (channel.Platform)
        {
            case PlatformId.Bluesky:
            {
                var handle = channel.Handle.TrimStart('@');
                BlueskyCredentials? credentials = null;
                if (signIn)
                {
                    var name = ProfileSecrets.NameFor(channel.Id, "APP_PASSWORD");
                    var password = secrets.Get(name) ?? throw Missing(channel, name, "a Bluesky app password");
                    _secrets.Add(password);
                    credentials = new BlueskyCredentials(secrets.Get(ProfileSecrets.NameFor(channel.Id, "IDENTIFIER")) ?? handle, password, name);
                }
                return new BlueskyTarget(http, url ?? (signIn ? BlueskyService : BlueskyPublic), handle, credentials);
            }
            case PlatformId.Mastodon:
            {
                var parts = channel.Handle.TrimStart('@').Split('@');
                var server = url ?? new Uri($"https://{parts[^1]}/");
                MastodonCredentials? credentials = null;
                if (signIn)
                {
                    var name = ProfileSecrets.NameFor(channel.Id, "TOKEN");
                    var token = secrets.Get(name) ?? throw Missing(channel, name, "a Mastodon access token (read:accounts, write:accounts)");
                    _secrets.Add(token);
                    credentials = new MastodonCredentials(token, name);
                }
                return new MastodonTarget(http, server, parts[0], credentials);
            }
            default:
                throw new ArgumentException($"{channel.Platform} has no profile API here; see ManualProfiles.", nameof(channel));
        }
    }

    private static ProfileSetupException Missing(Channel channel, string name, string what) =>
        new($"channels.{channel.Id}: no credential: set {name} to {what}, in the environment or in the --secrets file (see docs/profiles.md)");
}
