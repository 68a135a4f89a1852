using SslaPublisher.Platforms;

namespace SslaPublisher.Profiles;

/// <summary>
/// The platforms whose profile write APIs need a paid or reviewed app: the push lists them with the exact text and
/// banner file, and how to put them up by hand.
/// </summary>
public static class ManualProfiles
{
    /// <summary>One line: where the bio and banner are changed on <paramref name="platform"/>.</summary>
    public static string Steps(PlatformId platform) => platform switch
    {
        PlatformId.X => "x.com → Profile → Edit profile: paste into Bio, set the header photo, Save.",
        PlatformId.Facebook => "Your Page → Edit details (Intro): paste the bio; Edit cover photo → Upload photo.",
        PlatformId.Instagram => "Profile → Edit profile: paste into Bio, Done (Instagram shows no banner).",
        PlatformId.LinkedIn => "Page admin view → Edit page: paste into Tagline/Overview; the cover image under Header.",
        PlatformId.YouTube => "YouTube Studio → Customization → Basic info: Description; Branding: Banner image → Upload.",
        PlatformId.TikTok => "Profile → Edit profile: paste into Bio, Save (TikTok shows no banner).",
        PlatformId.Threads => "Profile → Edit profile: paste into Bio, Done (Threads shows no banner).",
        _ => "Edit the profile on the platform: paste the bio, upload the banner.",
    };
}
