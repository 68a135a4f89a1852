using SslaPublisher.Site.Output;

namespace SslaPublisher.Site;

/// <summary>
/// A folder that replaces another only when complete: files are written to a sibling staging folder, and
/// <see cref="Commit"/> swaps it in with two renames on the same volume. Disposed without a commit, it removes the
/// staging folder and leaves the target exactly as it was.
/// </summary>
/// <remarks>
/// Writing file by file (rather than from one in-memory site) is what lets a build of a thousand brands keep only
/// one brand in memory at a time while still replacing the output atomically.
/// </remarks>
public sealed class StagedFolder : IDisposable
{
    private bool _committed;

    /// <summary>Starts staging a replacement for <paramref name="target"/>.</summary>
    public StagedFolder(string target)
    {
        Target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException("The output folder cannot be a root.", nameof(target));
        var name = Path.GetFileName(Target);
        StagingPath = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(StagingPath);
        }
        catch (Exception e) when (IsFileSystemProblem(e))
        {
            // The system's message names the hidden staging folder; the user named the output folder.
            throw new IOException($"cannot write the output folder {Target}", e);
        }
    }

    /// <summary>The folder that is replaced on commit.</summary>
    public string Target { get; }

    /// <summary>Where files are written until the commit.</summary>
    public string StagingPath { get; }

    /// <summary>Writes one site file, optionally under a sub-folder (a brand's slug).</summary>
    public void Write(SiteFile file, string? underFolder = null)
    {
        var relative = underFolder is null ? file.Path : $"{SitePath.Normalize(underFolder)}/{file.Path}";
        var path = Path.Combine(StagingPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        stream.Write(file.Content.Span);
    }

    /// <summary>Writes every file of a site.</summary>
    public void WriteAll(SiteContent site, string? underFolder = null, CancellationToken cancellationToken = default)
    {
        foreach (var file in site.Files.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(file, underFolder);
        }
    }

    /// <summary>Carries a sub-folder of the current target (an unchanged brand) into the staging folder.</summary>
    /// <remarks>
    /// Files are hard-linked rather than copied where the file system allows (copied otherwise): a rebuild of a
    /// thousand brands with one changed then costs one link per file instead of rewriting every unchanged byte.
    /// The target still stays untouched until <see cref="Commit"/>: a link is a second name for the same bytes,
    /// nothing ever writes into an existing output file (every file is written new, see <see cref="Write"/>), and
    /// removing the previous target after the swap only removes its names.
    /// </remarks>
    /// <returns>False when the target has no such folder.</returns>
    public bool CarryOver(string relativeFolder)
    {
        var source = Path.Combine(Target, SitePath.Normalize(relativeFolder));
        if (!Directory.Exists(source)) return false;
        var destination = Path.Combine(StagingPath, relativeFolder);
        Directory.CreateDirectory(destination);
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, folder)));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(destination, Path.GetRelativePath(source, file));
            if (!HardLink.TryCreate(file, copy)) File.Copy(file, copy);
        }
        return true;
    }

    /// <summary>Swaps the staging folder in; the previous target is removed.</summary>
    public void Commit()
    {
        // Marks the folder as ssla's, so the next run may replace it (see OutputGuard).
        OutputMarker.WriteTo(StagingPath, OutputKind.Output);
        var previous = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Guid.NewGuid():N}");
        var hadPrevious = Directory.Exists(Target);
        if (hadPrevious) Directory.Move(Target, previous);
        try
        {
            Directory.Move(StagingPath, Target);
        }
        catch
        {
            if (hadPrevious) Directory.Move(previous, Target);
            throw;
        }
        _committed = true;
        if (hadPrevious) TryDelete(previous);
    }

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed) TryDelete(StagingPath);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (!Directory.Exists(directory)) return;
            // An agency's output is a hundred thousand files, one unlink each: the brand folders go on every core.
            Parallel.ForEach(Directory.EnumerateDirectories(directory), sub => Directory.Delete(sub, recursive: true));
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (IsFileSystemProblem(e))
        {
            // A leftover temporary folder is harmless and named so it is recognisable; the build result stands.
        }
    }

    private static bool IsFileSystemProblem(Exception e) => e is IOException or UnauthorizedAccessException
        || (e is AggregateException all && all.InnerExceptions.All(IsFileSystemProblem));
}
