using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Profiles;

/// <summary>Decides what a push changes: the bio merged by <see cref="BioMerge"/>, the banner when it differs.</summary>
public static class ProfilePlanner
{
    /// <summary>The change that brings <paramref name="live"/> to <paramref name="desired"/>.</summary>
    /// <exception cref="ProfileBioTooLongException">The brand's own text and the SLA block together are over the limit.</exception>
    public static ProfileChange Plan(DesiredProfile desired, LiveProfile live)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(live);
        var after = BioMerge.Merge(live.Bio, desired.Bio);
        var check = TextCounters.Check(after, desired.Platform.Bio);
        if (!check.Fits && !string.Equals(after, live.Bio, StringComparison.Ordinal))
            throw new ProfileBioTooLongException(
                $"channels.{desired.Channel.Id}: the {desired.Platform.DisplayName} bio would be {check} with the text already there; " +
                "shorten the part outside the SLA block, or remove it (nothing was written)");
        return new ProfileChange(desired, live, after, BannerChanged: desired.Banner is not null && !live.BannerMatches);
    }

    /// <summary>True when the live profile no longer shows what the promise publishes (for <c>profiles check</c>).</summary>
    public static bool Drifted(DesiredProfile desired, LiveProfile live, out string bioState)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(live);
        var owned = BioMerge.OwnedText(live.Bio);
        bioState = owned is null ? "no SLA block" : string.Equals(owned, desired.Bio, StringComparison.Ordinal) ? "up to date" : "out of date";
        return owned is null || bioState != "up to date" || (desired.Banner is not null && !live.BannerMatches);
    }
}
