namespace SslaPublisher.Definition;

/// <summary>The one check for URLs that reach an <c>href</c>: absolute, and of a scheme that cannot run script.</summary>
public static class SafeUrl
{
    /// <summary>True for absolute http(s) URLs, and for mailto:/tel: unless <paramref name="webOnly"/>.</summary>
    public static bool IsAllowed(string text, bool webOnly = false)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme is "http" or "https") return !string.IsNullOrEmpty(uri.Host);
        return !webOnly && uri.Scheme is "mailto" or "tel";
    }
}
