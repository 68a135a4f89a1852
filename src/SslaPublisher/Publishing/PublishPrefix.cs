using SslaPublisher.Site;

namespace SslaPublisher.Publishing;

/// <summary>The folder-like prefix a brand's site lives under in a shared container.</summary>
public static class PublishPrefix
{
    /// <summary>
    /// Returns <c>""</c> (the container's root) or a safe relative path ending in '/', e.g. <c>acme-air/</c>.
    /// </summary>
    /// <remarks>
    /// The trailing slash matters: listing under <c>acme/</c> must not see <c>acme-air/</c>, or a prune of one
    /// brand would delete another's files.
    /// </remarks>
    /// <exception cref="ArgumentException">The prefix has '..', a leading '/', or characters outside the safe set.</exception>
    public static string Normalize(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix) || prefix == "/") return "";
        var trimmed = prefix.EndsWith('/') ? prefix[..^1] : prefix;
        try
        {
            return SitePath.Normalize(trimmed) + "/";
        }
        catch (ArgumentException)
        {
            throw new ArgumentException(
                $"Unsafe prefix '{prefix}': use a relative path of letters, digits, '.', '_' and '-', e.g. 'acme-air/'.", nameof(prefix));
        }
    }
}
