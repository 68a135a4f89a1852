namespace SslaPublisher.Site.Output;

/// <summary>
/// A path with every symbolic link in it resolved, like POSIX <c>realpath</c>, except that the part of the path
/// that does not exist yet is kept as written (an output folder usually does not exist before the first build).
/// </summary>
/// <remarks>
/// Written by hand because .NET resolves a link only in a path's last component (<c>ResolveLinkTarget</c>), and an
/// output such as <c>out/site</c> where <c>out</c> links to the brand folder must be recognised as the brand folder.
/// </remarks>
public static class RealPath
{
    // Linux gives up after 40 links (ELOOP); the same bound stops a link loop here.
    private const int MaxLinks = 40;

    /// <summary>The real, absolute form of <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The path runs through a loop of symbolic links.</exception>
    public static string Of(string path)
    {
        // Not Path.GetFullPath: it removes "link/.." by the letters, whereas ".." after a link leads to the parent of
        // the link's target.
        var full = Path.IsPathFullyQualified(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Split(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                // current is already real, so its lexical parent is its real parent.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var candidate = Path.Join(current, part);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"{path}: too many levels of symbolic links");
            foreach (var p in Split(target).Reverse()) pending.Push(p);
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
        }
        return current;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it (both real paths).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var o = Path.TrimEndingDirectorySeparator(outer);
        var i = Path.TrimEndingDirectorySeparator(inner);
        if (string.Equals(i, o, comparison)) return true;
        // A root ends with its separator even after trimming ("/"); any other folder needs one added.
        var prefix = o.EndsWith(Path.DirectorySeparatorChar) ? o : o + Path.DirectorySeparatorChar;
        return i.StartsWith(prefix, comparison);
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
