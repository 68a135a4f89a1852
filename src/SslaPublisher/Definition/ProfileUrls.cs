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

    /// <summary>True when <paramref name="text"/> is written as a web address rather than a handle.</summary>
    public static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The handle a profile URL stands for on <paramref name="platform"/> (<c>https://www.linkedin.com/company/banco-aurora</c>
    /// → <c>banco-aurora</c>, <c>https://x.com/AcmeAirHelp</c> → <c>@AcmeAirHelp</c>), or null when the URL is not
    /// one of that platform's profile URLs.
    /// </summary>
    public static string? HandleFrom(PlatformInfo platform, string profileUrl)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var match = UrlPattern(platform.ProfileUrlPattern).Match(profileUrl.Trim());
        if (!match.Success) return null;
        if (platform.Id == PlatformId.Mastodon) return $"@{match.Groups["user"].Value}@{match.Groups["domain"].Value.ToLowerInvariant()}";
        var name = match.Groups["handle"].Value;
        // Company and page names are written bare on LinkedIn and Facebook; everywhere else a handle is @name.
        return platform.Id is PlatformId.LinkedIn or PlatformId.Facebook ? name : "@" + name;
    }

    /// <summary>What to write instead of a profile URL that is not one of <paramref name="platform"/>'s.</summary>
    public static string Example(PlatformInfo platform) => platform.Id switch
    {
        PlatformId.Mastodon => "@user@server.example",
        PlatformId.LinkedIn or PlatformId.Facebook => "your-page-name",
        _ => "@YourHandle",
    };

    // The platform's pattern as a reader of pasted URLs: http or https, "www." optional, any letter case in the
    // host, a trailing slash, query or fragment allowed.
    private static Regex UrlPattern(string pattern)
    {
        var withoutScheme = Regex.Replace(pattern, "^https://(www\\.)?", "");
        var body = Regex.Escape(withoutScheme.TrimEnd('/'))
            .Replace("\\{handle}", "(?<handle>[A-Za-z0-9_.-]{1,100})", StringComparison.Ordinal)
            .Replace("\\{user}", "(?<user>[A-Za-z0-9_.-]{1,100})", StringComparison.Ordinal)
            .Replace("\\{domain}", "(?<domain>[A-Za-z0-9.-]{1,253})", StringComparison.Ordinal);
        return new Regex($"^(?:https?://)?(?:www\\.)?{body}/?(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
