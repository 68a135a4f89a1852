namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Finds the font files badges are measured and drawn with: DejaVu Sans, the face of the SVG font stack that a
/// browser without Verdana (every Linux, most Android) actually uses.
/// </summary>
/// <remarks>
/// One rule, no fontconfig: if <c>SSLA_FONTS</c> names a folder, only it (and its subfolders) is searched; otherwise
/// the walk goes up from the tool's folder to the repository's <c>node_modules/dejavu-fonts-ttf/ttf</c>. A missing
/// file is an error, never text measured as zero wide. (Interim: replaced by <c>Rendering/Fonts</c> when it lands.)
/// </remarks>
internal static class BadgeFontLocator
{
    /// <summary>The environment variable that names a folder of font files instead.</summary>
    public const string EnvironmentVariable = "SSLA_FONTS";

    private const string NpmFolder = "node_modules/dejavu-fonts-ttf/ttf";

    /// <summary>Full path of <paramref name="fileName"/> (e.g. <c>DejaVuSans.ttf</c>).</summary>
    /// <exception cref="FileNotFoundException">No searched folder holds it; the message says where it looked.</exception>
    public static string Find(string fileName)
    {
        var folders = Folders().ToList();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var match = Directory.EnumerateFiles(folder, fileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
            if (match is not null) return match;
        }
        throw new FileNotFoundException(
            $"Badge font {fileName} (npm dejavu-fonts-ttf) is not installed. Searched: {(folders.Count == 0 ? "no folder" : string.Join(", ", folders))}. " +
            $"Run scripts/setup.sh, or set {EnvironmentVariable} to a folder holding {fileName}.", fileName);
    }

    private static IEnumerable<string> Folders()
    {
        var overrideFolder = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overrideFolder))
        {
            yield return Path.GetFullPath(overrideFolder);
            yield break;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, NpmFolder);
            if (Directory.Exists(candidate))
            {
                yield return candidate;
                yield break;
            }
        }
    }
}
