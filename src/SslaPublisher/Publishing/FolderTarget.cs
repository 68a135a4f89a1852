using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SslaPublisher.Site;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Publishing;

/// <summary>Publishes to a folder (a web server's document root, a mounted share, or a test's temp folder).</summary>
/// <remarks>
/// A folder keeps no Content-Type or Cache-Control: the web server in front decides those. MD5 is computed from
/// the bytes on disk when listing. Each file is written beside its final name and then renamed over it, so a
/// reader (or an interrupted run) sees the old or the new file, never half of one.
/// </remarks>
public sealed class FolderTarget : ISiteTarget
{
    private readonly string _root;

    /// <summary>Creates a target writing under <paramref name="root"/>.</summary>
    public FolderTarget(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
    }

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351",
        Justification = "The folder answers with the MD5 a blob listing gives (Content-MD5), so one plan serves both targets; nothing secret.")]
    public async IAsyncEnumerable<RemoteFile> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(_root)) yield break;
        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Name: Path.GetRelativePath(_root, f).Replace('\\', '/')))
            .Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal) && !IsTemporary(f.Name)
                && f.Name != OutputMarker.FileName && !PublishLock.IsLockName(f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (full, name) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var stream = File.OpenRead(full);
            var md5 = await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            yield return new RemoteFile(name, stream.Length, md5);
        }
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_root);
        // Marks the folder as ssla's (the marker is never listed, so --delete leaves it): see OutputGuard.
        OutputMarker.WriteTo(_root, OutputKind.Output);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task UploadAsync(string name, UploadContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix + Guid.NewGuid().ToString("N");
        try
        {
            await File.WriteAllBytesAsync(temporary, content.Bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(name));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>An exclusive lock on a lock file (flock on Unix): the system drops it when the holding process ends.</remarks>
    public Task<IPublishLease?> TryLockAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var path = PathOf(prefix + PublishLock.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<IPublishLease?>(new FileLease(held));
        }
        catch (IOException) when (File.Exists(path))
        {
            return Task.FromResult<IPublishLease?>(null);
        }
    }

    /// <inheritdoc />
    public Uri UrlOf(string name) => new(PathOf(name));

    private sealed class FileLease(FileStream held) : IPublishLease
    {
        public TimeSpan? RenewEvery => null;

        public Task RenewAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => held.DisposeAsync();
    }

    private const string TemporarySuffix = ".ssla-upload-";

    private static bool IsTemporary(string name) => name.Contains(TemporarySuffix, StringComparison.Ordinal);

    // Names come from the plan (site paths under a checked prefix); checking again keeps the folder closed.
    private string PathOf(string name) => Path.Combine(_root, SitePath.Normalize(name));
}
