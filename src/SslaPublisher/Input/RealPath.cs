namespace SslaPublisher.Input;

/// <summary>
/// A path with every symbolic link resolved, folder by folder, as realpath(3) gives it: the one form in which
/// "is this file inside that folder" can be answered (a link named <c>sub</c> pointing outside makes
/// <c>sub/logo.png</c> look inside to a purely textual check).
/// </summary>
public static class RealPath
{
    // The same allowance the kernel makes (MAXSYMLINKS) before it calls it a loop.
    private const int MaxLinks = 40;

    /// <summary>The resolved path of <paramref name="path"/>; parts that do not exist are kept as written.</summary>
    /// <exception cref="IOException">The links loop.</exception>
    public static string Resolve(string path)
    {
        var pending = Path.GetFullPath(path);
        for (var links = 0; ; links++)
        {
            if (links > MaxLinks) throw new IOException($"symbolic links loop while resolving '{path}'");
            var root = Path.GetPathRoot(pending)!;
            var parts = pending[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? relinked = null;
            for (var i = 0; i < parts.Length && relinked is null; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } target)
                {
                    // The link's target replaces it; what followed the link is then resolved from there.
                    relinked = Path.GetFullPath(Path.Combine([Path.Combine(current, target), .. parts[(i + 1)..]]));
                }
                current = next;
            }
            if (relinked is null) return current;
            pending = relinked;
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it, both resolved.</summary>
    public static bool IsInside(string path, string folder)
    {
        var realPath = Resolve(path);
        var realFolder = Resolve(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return (realPath + Path.DirectorySeparatorChar).StartsWith(realFolder, comparison);
    }
}
