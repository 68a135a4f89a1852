namespace SslaPublisher.Publishing.Local;

/// <summary>Finds the Azurite blob server: the checkout's (scripts/setup.sh installs it with npm) or a global
/// <c>npm i -g azurite</c>.</summary>
public static class AzuriteLocator
{
    /// <summary>Path of Azurite's blob server script inside a <c>node_modules</c> folder.</summary>
    public static readonly string ScriptInNodeModules = Path.Combine("node_modules", "azurite", "dist", "src", "blob", "main.js");

    /// <summary>
    /// The first folder, walking up from each of <paramref name="startFolders"/>, that holds
    /// <c>node_modules/azurite</c>; <c>null</c> when none does.
    /// </summary>
    public static string? FindRoot(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, ScriptInNodeModules))) return dir.FullName;
        }
        return null;
    }

    /// <summary>
    /// The root found from the current folder, from where the tool is installed, or from the <c>azurite-blob</c>
    /// command a global npm install puts on PATH (a link into the global <c>node_modules</c>, or a shim beside it).
    /// </summary>
    public static string? FindRoot() =>
        FindRoot(Environment.CurrentDirectory, AppContext.BaseDirectory) ?? FindRoot([.. GlobalInstallFolders()]);

    private static IEnumerable<string> GlobalInstallFolders()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var name in new[] { "azurite-blob", "azurite-blob.cmd" })
            {
                var command = Path.Combine(dir, name);
                if (!File.Exists(command)) continue;
                if (ResolveLink(command) is { } target && Path.GetDirectoryName(target) is { } targetDir) yield return targetDir;
                yield return dir;
            }
        }
    }

    private static string? ResolveLink(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
