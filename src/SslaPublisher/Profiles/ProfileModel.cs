using SslaPublisher.Definition;
using SslaPublisher.Platforms;

namespace SslaPublisher.Profiles;

/// <summary>What the promise would publish on one channel's profile.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Platform">Its platform (limit, counting rule).</param>
/// <param name="Bio">The SLA text: the channel's own-language bio, as <c>bio/&lt;channel&gt;.txt</c>.</param>
/// <param name="Banner">The PNG of <c>banners/&lt;channel&gt;.png</c>, or null when the platform has no banner.</param>
public sealed record DesiredProfile(Channel Channel, PlatformInfo Platform, string Bio, ReadOnlyMemory<byte>? Banner);

/// <summary>A profile as the platform has it now.</summary>
/// <param name="Bio">The whole bio as plain text.</param>
/// <param name="BannerMatches">True when the live banner is the desired one (by hash or pixels, per platform).</param>
/// <param name="BannerNote">How the banner was compared, for the diff (e.g. "blob bafkrei…").</param>
public sealed record LiveProfile(string Bio, bool BannerMatches, string BannerNote);

/// <summary>What a push would change on one channel.</summary>
public sealed record ProfileChange(DesiredProfile Desired, LiveProfile Live, string BioAfter, bool BannerChanged)
{
    /// <summary>True when the bio text differs.</summary>
    public bool BioChanged => !string.Equals(Live.Bio, BioAfter, StringComparison.Ordinal);

    /// <summary>True when anything would be written.</summary>
    public bool Any => BioChanged || BannerChanged;
}
