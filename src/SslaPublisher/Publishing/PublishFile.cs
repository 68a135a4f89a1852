using System.Security.Cryptography;
using SslaPublisher.Site;

namespace SslaPublisher.Publishing;

/// <summary>
/// One file to publish: its path under the publish prefix, how it is served, and where its bytes are — in memory
/// (a site just rendered) or on disk (a built folder, read only when hashed or uploaded, so an agency's hundreds of
/// megabytes never sit in memory at once).
/// </summary>
public sealed class PublishFile
{
    private readonly ReadOnlyMemory<byte> _content;
    private readonly string? _fullPath;
    private byte[]? _md5;

    private PublishFile(string path, long size, string contentType, string cacheControl, SiteFileVisibility visibility,
        ReadOnlyMemory<byte> content, string? fullPath)
    {
        Path = path;
        Size = size;
        ContentType = contentType;
        CacheControl = cacheControl;
        Visibility = visibility;
        _content = content;
        _fullPath = fullPath;
    }

    /// <summary>Path under the publish prefix, e.g. <c>brand-0000/index.html</c>.</summary>
    public string Path { get; }

    /// <summary>Length in bytes.</summary>
    public long Size { get; }

    /// <summary>Content-Type it is served with.</summary>
    public string ContentType { get; }

    /// <summary>Cache-Control it is served with.</summary>
    public string CacheControl { get; }

    /// <summary>Internal files are left out unless asked for.</summary>
    public SiteFileVisibility Visibility { get; }

    /// <summary>A rendered file, optionally placed under <paramref name="folder"/> (a brand's slug).</summary>
    public static PublishFile InMemory(SiteFile file, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = folder is null ? file.Path : $"{SitePath.Normalize(folder)}/{file.Path}";
        return new PublishFile(path, file.Content.Length, file.ContentType, file.CacheControl, file.Visibility, file.Content, null);
    }

    /// <summary>A file of a built folder, described by its <see cref="SiteManifest"/> entry.</summary>
    /// <exception cref="FileNotFoundException">The manifest names a file that is not there.</exception>
    public static PublishFile OnDisk(string fullPath, string path, SiteManifest.Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var info = new FileInfo(fullPath);
        if (!info.Exists) throw new FileNotFoundException($"{fullPath}: listed in {SiteManifest.FileName} but missing: build the folder again", fullPath);
        return new PublishFile(SitePath.Normalize(path), info.Length, entry.Type, entry.Cache,
            entry.Internal ? SiteFileVisibility.Internal : SiteFileVisibility.Public, default, fullPath);
    }

    /// <summary>MD5 of the bytes (read and hashed once; safe to ask from several threads).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351",
        Justification = "MD5 is Blob Storage's Content-MD5, the service's own change and transfer check; it protects nothing secret.")]
    public byte[] Md5
    {
        get
        {
            if (_md5 is { } known) return known;
            if (_fullPath is null) return _md5 = MD5.HashData(_content.Span);
            using var stream = new FileStream(_fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return _md5 = MD5.HashData(stream);
        }
    }

    /// <summary>The bytes.</summary>
    public async Task<ReadOnlyMemory<byte>> ReadAsync(CancellationToken cancellationToken = default) =>
        _fullPath is null ? _content : await File.ReadAllBytesAsync(_fullPath, cancellationToken).ConfigureAwait(false);
}
