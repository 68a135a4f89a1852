using System.Text.RegularExpressions;
using SslaPublisher.Platforms;

namespace SslaPublisher.Definition;

/// <summary>Builds a channel's profile URL from its handle and the platform's pattern.</summary>
public static partial class ProfileUrls
{
    // Handles on every supported platform are letters, digits, '_', '.' and '-' (Bluesky handles are domains).
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex HandlePattern();

    /// <summary>Returns null and sets <paramref name="url"/>, or returns what is wrong with the handle.</summary>
    public static string? TryBuild(PlatformInfo platform, string handle, out string? url)
    {
        url = null;
        if (handle.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!SafeUrl.IsAllowed(handle, webOnly: true)) return $"{UntrustedText.Quote(handle)} is not a valid profile URL";
            url = handle;
            return null;
        }
        var bare = handle.TrimStart('@');
        if (platform.Id == PlatformId.Mastodon)
        {
            var parts = bare.Split('@');
            if (parts.Length != 2 || !HandlePattern().IsMatch(parts[0]) || Uri.CheckHostName(parts[1]) != UriHostNameType.Dns)
                return $"{UntrustedText.Quote(handle)} is not a Mastodon handle; write it as @user@server.example or as a profile URL";
            url = platform.ProfileUrlPattern.Replace("{user}", parts[0]).Replace("{domain}", parts[1].ToLowerInvariant());
            return null;
        }
        if (!HandlePattern().IsMatch(bare))
            return $"{UntrustedText.Quote(handle)} is not a {platform.DisplayName} handle; use letters, digits, '_', '.' and '-', or a profile URL";
        url = platform.ProfileUrlPattern.Replace("{handle}", bare);
        return null;
    }
}
