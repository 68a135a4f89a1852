using System.Security.Cryptography;
using System.Text;

namespace SslaPublisher.Publishing;

/// <summary>
/// Where <c>ssla publish &lt;agency&gt;</c> keeps its build when no <c>--output</c> is given, so the next publish of
/// the same folder renders only the brands that changed (the same reuse as <c>ssla build</c>).
/// </summary>
/// <remarks>
/// <c>$SSLA_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/ssla</c>, else <c>~/.cache/ssla</c> (on Windows
/// <c>%LOCALAPPDATA%\ssla\cache</c>); inside it one folder per agency, named by a hash of the agency folder's full
/// path. It is outside the agency folder on purpose: output never goes inside an input. Deleting it costs one full
/// build.
/// </remarks>
public static class BuildCache
{
    /// <summary>Environment variable that moves the cache.</summary>
    public const string Variable = "SSLA_CACHE_DIR";

    /// <summary>The cache's root folder.</summary>
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen) return Path.GetFullPath(chosen);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ssla", "cache");
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg) return Path.Combine(xdg, "ssla");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ssla");
    }

    /// <summary>The build folder for the agency at <paramref name="agencyFolder"/>.</summary>
    public static string FolderFor(string agencyFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(agencyFolder));
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..16];
        return Path.Combine(Root(), "publish", key);
    }
}
