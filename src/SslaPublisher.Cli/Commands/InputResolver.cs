namespace SslaPublisher.Cli.Commands;

/// <summary>Turns the <c>file</c> argument into the path of an ssla.yaml.</summary>
internal static class InputResolver
{
    public static string DefinitionPath(string fileOrFolder) =>
        Directory.Exists(fileOrFolder) ? Path.Combine(fileOrFolder, "ssla.yaml") : fileOrFolder;
}
