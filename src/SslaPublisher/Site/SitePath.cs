using System.Text.RegularExpressions;

namespace SslaPublisher.Site;

/// <summary>Keeps site paths relative, portable and inside the output folder, whatever a brand's file says.</summary>
public static partial class SitePath
{
    // Letters, digits and a few punctuation marks only: safe on every file system and in a URL without escaping
    // ('@' is a plain path character in RFC 3986; it is there for the "@2x" density suffix of images).
    [GeneratedRegex("^[A-Za-z0-9._@-]+$")]
    private static partial Regex SegmentPattern();

    /// <summary>Returns the path with '/' separators, or throws when it could leave the site folder.</summary>
    /// <exception cref="ArgumentException">The path is absolute, empty, has '..' or characters outside the safe set.</exception>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Replace('\\', '/').Split('/');
        if (path.Length == 0 || segments.Any(s => s is "" or "." or ".." || !SegmentPattern().IsMatch(s)))
            throw new ArgumentException($"Unsafe site path '{path}': use relative paths of letters, digits, '.', '_', '@' and '-'.", nameof(path));
        return string.Join('/', segments);
    }
}
