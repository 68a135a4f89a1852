using System.Diagnostics.CodeAnalysis;
using SslaPublisher.Definition;

namespace SslaPublisher.Cli.Commands;

/// <summary>Turns the <c>file</c> argument into a loaded promise, the same way for every command.</summary>
internal static class InputResolver
{
    /// <summary>The path of ssla.yaml for a file or a folder holding one.</summary>
    public static string DefinitionPath(string fileOrFolder) =>
        Directory.Exists(fileOrFolder) ? Path.Combine(fileOrFolder, "ssla.yaml") : fileOrFolder;

    /// <summary>
    /// Loads the promise of <paramref name="fileOrFolder"/>; when the file is invalid, prints every problem to
    /// <paramref name="error"/> and gives the exit code to return instead.
    /// </summary>
    public static bool TryLoad(string fileOrFolder, TextWriter error, [NotNullWhen(true)] out Promise? promise, out int exitCode)
    {
        try
        {
            promise = new PromiseLoader().LoadFile(DefinitionPath(fileOrFolder));
            exitCode = ExitCodes.Ok;
            return true;
        }
        catch (DefinitionException e)
        {
            promise = null;
            exitCode = DiagnosticsPrinter.Print(e, error);
            return false;
        }
    }
}
