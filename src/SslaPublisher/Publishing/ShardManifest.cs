using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Publishing;

/// <summary>
/// What one shard of a sharded agency publish left at the target: every file of its brands' folders with MD5, size
/// and headers, stored as <c>&lt;prefix&gt;.ssla-shards/i-of-n/manifest.json.gz</c> beside the shard's lock. The
/// next publish of the shard reads it (one request) instead of listing its brands' folders, the way sync tools
/// (rclone's bisync listings, azcopy's job plans) keep their own record of the far side.
/// </summary>
/// <remarks>
/// <para>Written last, after every upload and delete of a sync has succeeded, and deleted before the first change of
/// the next one: a manifest that exists describes a finished sync, so one that stopped halfway leaves none and the
/// next run lists. The one thing it cannot know is a change made behind ssla's back (blobs deleted by hand, another
/// tool writing into a brand's folder); <c>ssla publish --verify</c> lists instead and writes it again (see
/// docs/publishing.md).</para>
/// <para>Deterministic: ordinal name order, no timestamps, so an unchanged shard writes nothing. Gzipped: a shard of
/// 2,500 brands has some 60,000 files, ten megabytes of JSON, three once compressed.</para>
/// </remarks>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">The format's version; another one is not read (the shard lists instead).</param>
/// <param name="Tool">The ssla that wrote it (information only).</param>
/// <param name="Prefix">The agency's prefix (normalised).</param>
/// <param name="Shard">Which shard, <c>i/n</c>.</param>
/// <param name="Files">Every file under the shard's brands' folders, names relative to the prefix, in ordinal order.</param>
public sealed record ShardManifest(string Format, int Version, string Tool, string Prefix, string Shard, IReadOnlyList<ShardManifest.Entry> Files)
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "ssla-shard-manifest";

    /// <summary>The version this ssla writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The manifest's name inside a shard's folder (<see cref="PublishLock.ShardPrefix"/>).</summary>
    public const string FileName = "manifest.json.gz";

    /// <summary>The largest manifest read, uncompressed: far above any real shard (≈ 170 bytes a file), well below memory trouble.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    }.WithMetadata();

    /// <summary>One file at the target.</summary>
    /// <param name="Name">Name relative to the prefix (<c>slug/path</c>).</param>
    /// <param name="Md5">Content-MD5, base64 as Blob Storage shows it.</param>
    /// <param name="Size">Length in bytes.</param>
    /// <param name="Type">Content-Type it was uploaded with; null when only a listing saw it.</param>
    /// <param name="Cache">Cache-Control it was uploaded with; null when only a listing saw it.</param>
    public sealed record Entry(string Name, string Md5, long Size, string? Type = null, string? Cache = null);

    /// <summary>The manifest's full name for shard <paramref name="shard"/> of an agency at <paramref name="prefix"/>.</summary>
    public static string NameFor(string prefix, BrandShard shard) => PublishLock.ShardPrefix(prefix, shard) + FileName;

    /// <summary>Whether <paramref name="name"/> is a shard manifest (never part of a site, never planned).</summary>
    public static bool IsManifestName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.EndsWith("/" + FileName, StringComparison.Ordinal)) return false;
        var folder = name[..^(FileName.Length + 1)];
        var slash = folder.LastIndexOf('/');
        return slash > 0 && folder[..(slash + 1)].EndsWith(PublishLock.ShardLocks, StringComparison.Ordinal);
    }

    /// <summary>The shard count a manifest name belongs to (<c>…/.ssla-shards/i-of-n/manifest.json.gz</c> → n), or null.</summary>
    public static int? CountOf(string name)
    {
        if (!IsManifestName(name)) return null;
        var folder = name[..^(FileName.Length + 1)];
        var spec = folder[(folder.LastIndexOf('/') + 1)..];
        var of = spec.IndexOf("-of-", StringComparison.Ordinal);
        return of > 0 && int.TryParse(spec[(of + 4)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }

    /// <summary>A manifest of <paramref name="files"/> (full names at the target) for <paramref name="shard"/>.</summary>
    public static ShardManifest Of(string prefix, BrandShard shard, IEnumerable<(string Name, byte[] Md5, long Size, string? Type, string? Cache)> files)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(shard);
        ArgumentNullException.ThrowIfNull(files);
        var entries = files
            .Select(f => new Entry(f.Name.StartsWith(prefix, StringComparison.Ordinal) ? f.Name[prefix.Length..] : throw new ArgumentException($"'{f.Name}' is not under '{prefix}'.", nameof(files)),
                Convert.ToBase64String(f.Md5), f.Size, f.Type, f.Cache))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return new ShardManifest(FormatName, CurrentVersion, ToolName, prefix, shard.ToString(), entries);
    }

    /// <summary>The files as a listing would report them (full names).</summary>
    public IEnumerable<RemoteFile> ToRemote() => Files.Select(f => new RemoteFile(Prefix + f.Name, f.Size, Convert.FromBase64String(f.Md5)));

    /// <summary>The gzipped JSON stored at the target (the same manifest gives the same bytes).</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            JsonSerializer.Serialize(zip, this, Json.For<ShardManifest>());
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads stored bytes as the manifest of <paramref name="shard"/> at <paramref name="prefix"/>; null with
    /// <paramref name="reason"/> (why it is not used) when they are not that: damaged, another format version,
    /// another shard or prefix.
    /// </summary>
    public static ShardManifest? TryParse(byte[] bytes, string prefix, BrandShard shard, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(shard);
        ShardManifest? manifest;
        try
        {
            using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var bounded = new BoundedStream(zip, MaxBytes);
            manifest = JsonSerializer.Deserialize(bounded, Json.For<ShardManifest>());
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            reason = $"unreadable ({e.Message.Split(". ")[0].TrimEnd('.')})";
            return null;
        }
        reason = Problem(manifest, prefix, shard);
        return reason is null ? manifest : null;
    }

    private static string? Problem(ShardManifest? m, string prefix, BrandShard shard)
    {
        if (m is null || m.Format != FormatName) return "unreadable (not an ssla shard manifest)";
        if (m.Version != CurrentVersion) return string.Create(CultureInfo.InvariantCulture, $"format version {m.Version}, this ssla reads {CurrentVersion}");
        if (m.Shard != shard.ToString()) return $"written for shard {m.Shard}, not {shard}";
        if (m.Prefix != prefix) return $"written for prefix '{m.Prefix}', not '{prefix}'";
        if (m.Files is null) return "unreadable (no 'files')";
        foreach (var f in m.Files)
        {
            if (f?.Name is null || f.Md5 is null || f.Size < 0 || f.Name.IndexOf('/', StringComparison.Ordinal) <= 0)
                return "unreadable (a file without name, md5 or size, or outside a brand's folder)";
            var md5 = new byte[16];
            if (!Convert.TryFromBase64String(f.Md5, md5, out var written) || written != 16)
                return $"unreadable (md5 of '{f.Name}' is not 16 bytes of base64)";
        }
        return null;
    }

    private static string ToolName { get; } =
        "ssla " + (typeof(ShardManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?");

    /// <summary>Reads at most a limit from a stream (a gzip bomb stops with <see cref="InvalidDataException"/>).</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            return _read > limit ? throw new InvalidDataException($"larger than {limit / (1024 * 1024)} MiB uncompressed") : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
