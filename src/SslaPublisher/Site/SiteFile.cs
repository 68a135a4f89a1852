namespace SslaPublisher.Site;

/// <summary>
/// One file of the built site: the single hand-off point between renderers and the outside world (folder or blob
/// storage). Renderers make these in memory; only Output and Publishing write them anywhere.
/// </summary>
public sealed record SiteFile
{
    /// <summary>Creates a file after checking that <paramref name="path"/> stays inside the site.</summary>
    /// <param name="path">Relative path with '/' separators, e.g. <c>badges/x-help.svg</c>.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">MIME type sent when served.</param>
    /// <param name="cacheControl">Cache-Control sent when served; defaults from <see cref="CachePolicy"/>.</param>
    /// <param name="visibility">Whether the file may be published (internal files are left out unless asked for).</param>
    public SiteFile(string path, ReadOnlyMemory<byte> content, string contentType, string? cacheControl = null,
        SiteFileVisibility visibility = SiteFileVisibility.Public)
    {
        Visibility = visibility;
        Path = SitePath.Normalize(path);
        Content = content;
        ContentType = contentType;
        CacheControl = cacheControl ?? CachePolicy.For(Path);
    }

    /// <summary>Creates a UTF-8 text file (no byte-order mark).</summary>
    public static SiteFile Text(string path, string text, string contentType, string? cacheControl = null,
        SiteFileVisibility visibility = SiteFileVisibility.Public) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), contentType, cacheControl, visibility);

    /// <summary>Relative path with '/' separators, never leaving the site folder.</summary>
    public string Path { get; }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>MIME type, e.g. <c>text/html; charset=utf-8</c>.</summary>
    public string ContentType { get; }

    /// <summary>Cache-Control header value.</summary>
    public string CacheControl { get; }

    /// <summary>Public files are published; internal ones (the agreement) only on request.</summary>
    public SiteFileVisibility Visibility { get; }
}

/// <summary>Who a built file is for.</summary>
public enum SiteFileVisibility
{
    /// <summary>Customers: written and published.</summary>
    Public,
    /// <summary>The company and its provider: written to the output folder, published only with <c>--include-agreement</c>.</summary>
    Internal,
}
