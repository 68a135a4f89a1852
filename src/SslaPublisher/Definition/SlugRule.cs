using System.Text.RegularExpressions;

namespace SslaPublisher.Definition;

/// <summary>The one shape of ids that name files, anchors and feed entries: 1-63 lowercase letters, digits and dashes.</summary>
internal static partial class SlugRule
{
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex Pattern();

    /// <summary>True when <paramref name="text"/> is a safe slug.</summary>
    public static bool IsSlug(string text) => Pattern().IsMatch(text);
}
