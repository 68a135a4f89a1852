using SslaPublisher.Site.Brands;

namespace SslaPublisher.Site.Output;

/// <summary>An input a command reads, which its output must never touch: a brand folder, an agency folder, a file.</summary>
/// <param name="Path">The path as the user gave it.</param>
/// <param name="Role">What it is, for the message: "brand folder", "agency folder", "templates folder", "replies file".</param>
public sealed record GuardedInput(string Path, string Role);

/// <summary>The output was refused before anything was written; the message names the output and the reason.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);

/// <summary>
/// The one check every command runs before it writes: the output never is, contains or lies inside an input (after
/// resolving symbolic links), and a non-empty folder is replaced only when ssla wrote it or the user said
/// <c>--force</c>. Replacing a folder deletes what is in it, so a mistyped <c>-o</c> must fail before the build.
/// </summary>
public static class OutputGuard
{
    /// <summary>Checks an output folder that the command replaces or writes into.</summary>
    /// <exception cref="OutputRefusedException">The folder overlaps an input, is not a folder, or holds files ssla did not write.</exception>
    /// <exception cref="IOException">A path runs through a loop of symbolic links.</exception>
    public static void CheckFolder(string output, IEnumerable<GuardedInput> inputs, bool force, OutputKind kind = OutputKind.Output)
    {
        var real = CheckFolderToAddTo(output, inputs);
        var shown = Show(output, real);
        if (!force && Directory.Exists(real) && Directory.EnumerateFileSystemEntries(real).Any() && !IsMarked(real, kind))
            throw new OutputRefusedException(
                $"output folder {shown} is not empty and was not written by ssla (it has no {OutputMarker.FileName}); choose another folder, or add --force to replace it");
    }

    /// <summary>
    /// Checks a folder the command adds its files to, leaving the others (<c>report -o</c>): it must not overlap an
    /// input, but may hold anything else.
    /// </summary>
    /// <returns>The folder's real path.</returns>
    public static string CheckFolderToAddTo(string output, IEnumerable<GuardedInput> inputs)
    {
        var real = RealOf(output, "output folder");
        var shown = Show(output, real);
        if (Path.GetDirectoryName(real) is null)
            throw new OutputRefusedException($"output folder {shown} is the root of the file system; choose a folder of its own");
        if (File.Exists(real))
            throw new OutputRefusedException($"output folder {shown} is a file; choose a folder");
        RefuseOverlap("output folder", output, real, inputs);
        return real;
    }

    /// <summary>Checks an output file that the command replaces.</summary>
    /// <exception cref="OutputRefusedException">The file is an input or a folder, or exists and <paramref name="force"/> is false.</exception>
    public static void CheckFile(string output, IEnumerable<GuardedInput> inputs, bool force)
    {
        var real = RealOf(output, "output file");
        var shown = Show(output, real);
        if (Directory.Exists(real))
            throw new OutputRefusedException($"output file {shown} is a folder; name a file");
        RefuseOverlap("output file", output, real, inputs);
        if (!force && File.Exists(real))
            throw new OutputRefusedException($"output file {shown} already exists; add --force to replace it");
    }

    private static void RefuseOverlap(string what, string output, string real, IEnumerable<GuardedInput> inputs)
    {
        foreach (var input in inputs)
        {
            var inputReal = RealPath.Of(input.Path);
            var inside = RealPath.IsSameOrInside(real, inputReal);
            var contains = RealPath.IsSameOrInside(inputReal, real);
            var relation = inside && contains ? "is" : inside ? "is inside" : contains ? "contains" : null;
            if (relation is not null)
                throw new OutputRefusedException(
                    $"{what} {Show(output, real)} {relation} the {input.Role} {Show(input.Path, inputReal)}; ssla never writes over its input, so choose a {(what == "output file" ? "file" : "folder")} outside it");
        }
    }

    // The build manifest predates the marker: an agency output with one is ssla's own.
    private static bool IsMarked(string folder, OutputKind kind) =>
        OutputMarker.Read(folder) == kind || (kind == OutputKind.Output && File.Exists(Path.Combine(folder, BuildManifest.FileName)));

    private static string RealOf(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new OutputRefusedException($"the {what} is empty ('{path}'); name one");
        return RealPath.Of(path);
    }

    // The path as typed, and where it really leads when a link or a relative path hides that.
    private static string Show(string typed, string real) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(typed)), Path.TrimEndingDirectorySeparator(real), StringComparison.Ordinal) && Path.IsPathRooted(typed)
            ? $"'{typed}'"
            : $"'{typed}' ({real})";
}
