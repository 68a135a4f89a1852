using SslaPublisher.Definition;

namespace SslaPublisher.Cli.Commands;

/// <summary>Turns the <c>file</c> argument into a loaded promise, the same way for every command.</summary>
internal static class InputResolver
{
    /// <summary>The path of ssla.yaml for a file or a folder holding one.</summary>
    public static string DefinitionPath(string fileOrFolder) =>
        Directory.Exists(fileOrFolder) ? Path.Combine(fileOrFolder, "ssla.yaml") : fileOrFolder;

    /// <summary>Loads the promise of <paramref name="fileOrFolder"/>.</summary>
    /// <exception cref="DefinitionException">The file is missing or invalid; every problem is listed.</exception>
    public static Promise Load(string fileOrFolder) => new PromiseLoader().LoadFile(DefinitionPath(fileOrFolder));

    /// <summary>Loads the promise without decoding its images, for a command that never draws or publishes them (<see cref="PromiseLoader.DecodeImages"/>).</summary>
    /// <exception cref="DefinitionException">The file is missing or invalid; every problem is listed.</exception>
    public static Promise LoadWithoutDecodingImages(string fileOrFolder) =>
        new PromiseLoader { DecodeImages = false }.LoadFile(DefinitionPath(fileOrFolder));

    /// <summary>Fails as invalid input when <paramref name="fileOrFolder"/> names nothing (a mistyped brand or agency folder).</summary>
    /// <exception cref="DefinitionException">Neither a file nor a folder is there.</exception>
    public static void RequireExists(string fileOrFolder)
    {
        if (!File.Exists(fileOrFolder) && !Directory.Exists(fileOrFolder))
            throw new DefinitionException([new Diagnostic(fileOrFolder, 1, 1, "file or folder not found")]);
    }
}
