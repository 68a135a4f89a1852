namespace SslaPublisher.Publishing.Local;

/// <summary>Finds the Azurite blob server that the project's setup installs with npm.</summary>
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

    /// <summary>The root found from the current folder or, failing that, from where the tool is installed.</summary>
    public static string? FindRoot() => FindRoot(Environment.CurrentDirectory, AppContext.BaseDirectory);
}
