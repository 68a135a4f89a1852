using SslaPublisher.Platforms;

namespace SslaPublisher.Profiles;

/// <summary>
/// One platform whose profile the tool can read and write through its API. Targets are made per channel by
/// <see cref="ProfileTargets"/>; the platforms without a usable write API are <see cref="ManualProfiles"/>.
/// </summary>
public interface IProfileTarget
{
    /// <summary>The platform.</summary>
    PlatformId Platform { get; }

    /// <summary>Reads the live profile (signed in when the target has credentials, else from the public API).</summary>
    Task<LiveProfile> ReadAsync(DesiredProfile desired, CancellationToken cancellationToken);

    /// <summary>Writes what <paramref name="change"/> changes, and nothing else; called only after <see cref="ReadAsync"/>.</summary>
    Task WriteAsync(ProfileChange change, CancellationToken cancellationToken);
}
