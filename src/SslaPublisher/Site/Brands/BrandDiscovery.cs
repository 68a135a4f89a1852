using SslaPublisher.Site.Output;

namespace SslaPublisher.Site.Brands;

/// <summary>Finds the brands of an agency folder: every <c>ssla.yaml</c> below it.</summary>
public static class BrandDiscovery
{
    /// <summary>The name of a brand's definition file.</summary>
    public const string FileName = "ssla.yaml";

    // Tool and build folders can hold copies of examples; hidden folders hold caches and staging output.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "node_modules", "bin", "obj" };

    /// <summary>True when <paramref name="path"/> names one brand: a file, or a folder with ssla.yaml directly inside.</summary>
    public static bool IsSingleBrand(string path) => File.Exists(path) || File.Exists(Path.Combine(path, FileName));

    /// <summary>Full paths of every ssla.yaml under <paramref name="folder"/>, in ordinal order of their relative paths.</summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        var root = Path.GetFullPath(folder);
        var found = new List<string>();
        var pending = new Stack<string>([root]);
        // Folders are followed through symbolic links, but each real folder once: a link back up the tree (a loop)
        // or to a folder already seen neither hangs the walk nor builds a brand twice.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            if (!visited.Add(RealFolder(dir))) continue;
            var file = Path.Combine(dir, FileName);
            if (File.Exists(file)) found.Add(file);
            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !Skipped.Contains(name)) pending.Push(sub);
            }
        }
        return [.. found.OrderBy(f => Path.GetRelativePath(root, f), StringComparer.Ordinal)];
    }

    private static string RealFolder(string dir)
    {
        try
        {
            return RealPath.Of(dir);
        }
        catch (IOException)
        {
            // A link that loops on itself is no folder at all; its own name marks it as seen.
            return dir;
        }
    }
}
