namespace SslaPublisher.Platforms;

/// <summary>The social platforms the catalog knows. Everything that differs between them is in <see cref="PlatformCatalog"/>.</summary>
public enum PlatformId
{
    /// <summary>X (formerly Twitter).</summary>
    X,
    /// <summary>Facebook Page.</summary>
    Facebook,
    /// <summary>Instagram.</summary>
    Instagram,
    /// <summary>LinkedIn company page.</summary>
    LinkedIn,
    /// <summary>YouTube channel.</summary>
    YouTube,
    /// <summary>TikTok.</summary>
    TikTok,
    /// <summary>Mastodon (any server).</summary>
    Mastodon,
    /// <summary>Bluesky.</summary>
    Bluesky,
    /// <summary>Threads.</summary>
    Threads,
}
