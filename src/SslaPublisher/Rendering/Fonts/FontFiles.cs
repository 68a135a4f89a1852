using System.Collections.Immutable;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// Finds font files by one documented rule, never through fontconfig: if the <c>SSLA_FONTS</c> environment variable
/// names folders (separated by ':' as in PATH), only those folders (and their subfolders) are searched; otherwise the font packages under the
/// repository's <c>node_modules</c> and Debian's font folders (<c>/usr/share/fonts/truetype/noto</c>,
/// <c>/usr/share/fonts/opentype/noto</c>).
/// </summary>
/// <remarks>
/// A machine's other fonts are never used, so a banner looks the same wherever it is built, and a missing file is an
/// error rather than text that silently draws nothing.
/// </remarks>
public sealed class FontFiles
{
    /// <summary>The environment variable that replaces the search folders.</summary>
    public const string EnvironmentVariable = "SSLA_FONTS";

    private static readonly string[] NodeModuleFolders =
    [
        "@expo-google-fonts/inter",
        "@expo-google-fonts/noto-sans-arabic",
        "dejavu-fonts-ttf/ttf",
    ];

    private static readonly string[] DebianFolders =
    [
        "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/opentype/noto",
    ];

    /// <summary>Creates a finder over explicit folders, searched in order, each with its subfolders.</summary>
    public FontFiles(IEnumerable<string> folders) => Folders = [.. folders.Select(Path.GetFullPath)];

    /// <summary>The folders searched, in order.</summary>
    public ImmutableArray<string> Folders { get; }

    /// <summary>The finder the documented rule gives on this machine.</summary>
    public static FontFiles FromEnvironment()
    {
        var overrideFolder = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overrideFolder))
            return new FontFiles(overrideFolder.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var nodeModules = FindNodeModules();
        var npm = nodeModules is null ? [] : NodeModuleFolders.Select(f => Path.Combine(nodeModules, f));
        return new FontFiles(npm.Concat(DebianFolders));
    }

    /// <summary>Full path of <paramref name="fileName"/>, or null when no folder has it.</summary>
    public string? Find(string fileName)
    {
        foreach (var folder in Folders.Where(Directory.Exists))
        {
            // Sorted so that two copies of a file in one tree resolve the same way on every machine.
            var match = Directory.EnumerateFiles(folder, fileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
            if (match is not null) return match;
        }
        return null;
    }

    // node_modules sits at the repository root: walk up from the tool's folder, then from the working directory.
    private static string? FindNodeModules()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules");
                if (Directory.Exists(Path.Combine(candidate, "@expo-google-fonts"))) return candidate;
            }
        }
        return null;
    }
}
