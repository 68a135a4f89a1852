namespace SslaPublisher.Site;

/// <summary>Cache-Control defaults by kind of file.</summary>
/// <remarks>
/// Pages and data change in place under the same name, so caches must revalidate soon; images are re-rendered
/// under the same name too, so they get a moderate lifetime. Only files whose names carry a content hash
/// (e.g. <c>app.3f2a9c1b.css</c>) may be cached for a year as immutable.
/// </remarks>
public static class CachePolicy
{
    /// <summary>For HTML, JSON and text: five minutes, then revalidate.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "A lifetime, read as CachePolicy.Short beside Medium and Immutable; not the type short.")]
    public const string Short = "public, max-age=300, must-revalidate";

    /// <summary>For images whose name does not change with their content.</summary>
    public const string Medium = "public, max-age=3600";

    /// <summary>For content-hashed assets.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The default policy for a site path.</summary>
    public static string For(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (IsContentHashed(name)) return Immutable;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".png" or ".svg" or ".jpg" or ".jpeg" or ".webp" or ".ico" => Medium,
            _ => Short,
        };
    }

    // name.<8+ hex>.ext, as written by ContentHash.Name.
    private static bool IsContentHashed(string name)
    {
        var parts = name.Split('.');
        return parts.Length >= 3 && parts[^2].Length >= 8 && parts[^2].All(Uri.IsHexDigit);
    }
}
