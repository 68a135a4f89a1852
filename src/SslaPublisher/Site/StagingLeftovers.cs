namespace SslaPublisher.Site;

/// <summary>
/// The hidden siblings a <see cref="StagedFolder"/> makes beside its target — <c>.site.new-ID</c> (staging),
/// <c>.site.old-ID</c> (the previous site during a fallback swap) and <c>.site.lock-ID</c> — and the removal of
/// those a killed run left behind.
/// </summary>
/// <remarks>
/// A live run holds an exclusive lock on its <c>.lock-ID</c> file (.NET takes <c>flock</c> on Unix and a share lock on
/// Windows for <see cref="FileShare.None"/>; the system drops it when the process dies, even by kill -9). So a
/// leftover whose lock can be taken belongs to nobody and is removed; a concurrent run's is left alone.
/// </remarks>
internal static class StagingLeftovers
{
    public const string Staging = "new", Previous = "old", LockFile = "lock";

    private const int IdLength = 32;

    /// <summary>The path of one sibling of <paramref name="target"/>: <c>.name.kind-id</c>.</summary>
    public static string PathOf(string target, string kind, string id) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{kind}-{id}");

    /// <summary>Opens a lock file exclusively, or returns null when another run holds it.</summary>
    /// <param name="path">The lock file.</param>
    /// <param name="create">Create it (a new run) rather than open an existing one (a check for leftovers).</param>
    public static FileStream? Lock(string path, bool create)
    {
        try
        {
            // ReadWrite: an exclusive flock on a file opened read-only fails on some network file systems.
            return new FileStream(path, create ? FileMode.CreateNew : FileMode.Open, FileAccess.ReadWrite, FileShare.None,
                bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException) when (!create)
        {
            return null;
        }
    }

    /// <summary>Removes the leftovers of runs for <paramref name="target"/> that are no longer alive.</summary>
    /// <remarks>
    /// When a run died between the two renames of the fallback swap, the target is missing and its previous site
    /// is in <c>.old-ID</c>: that folder is moved back rather than removed, so no site is lost.
    /// </remarks>
    public static void Remove(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var prefix = $".{Path.GetFileName(target)}.";
        var runs = new DirectoryInfo(parent).EnumerateFileSystemInfos(prefix + "*")
            .Select(entry => (Entry: entry, Kind: KindOf(entry.Name, prefix, out var id), Id: id))
            .Where(x => x.Kind is not null)
            .GroupBy(x => x.Id, StringComparer.Ordinal);
        foreach (var run in runs)
        {
            var lockPath = PathOf(target, LockFile, run.Key);
            using var held = File.Exists(lockPath) ? Lock(lockPath, create: false) : null;
            if (File.Exists(lockPath) && held is null) continue; // a live run
            var previous = PathOf(target, Previous, run.Key);
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            StagedFolder.TryDelete(PathOf(target, Staging, run.Key));
            StagedFolder.TryDelete(previous);
            // The lock file, if any, goes when `held` is disposed (DeleteOnClose).
        }
    }

    private static string? KindOf(string name, string prefix, out string id)
    {
        id = "";
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var rest = name[prefix.Length..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return null;
        var kind = rest[..dash];
        id = rest[(dash + 1)..];
        return kind is Staging or Previous or LockFile && id.Length == IdLength && id.All(char.IsAsciiHexDigitLower) ? kind : null;
    }
}
