using SslaPublisher.Site.Output;

namespace SslaPublisher.Site;

/// <summary>
/// A folder that replaces another only when complete: files are written to a sibling staging folder, and
/// <see cref="Commit"/> exchanges it with the target in one step (see <see cref="FolderSwap"/>), so readers see the
/// old site or the new one at every instant. Disposed without a commit, it removes the staging folder and leaves
/// the target exactly as it was.
/// </summary>
/// <remarks>
/// Writing file by file (rather than from one in-memory site) is what lets a build of a thousand brands keep only
/// one brand in memory at a time while still replacing the output atomically. A run killed outright (kill -9,
/// power loss) cannot clean up after itself; its staging folder holds no lock any more, and the next run for the
/// same output removes it (see <see cref="StagingLeftovers"/>).
/// </remarks>
public sealed class StagedFolder : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _previousPath;
    private bool _committed;

    /// <summary>Starts staging a replacement for <paramref name="target"/>.</summary>
    /// <param name="target">The output folder. When it is a symbolic link, the folder it leads to is replaced and the link kept.</param>
    public StagedFolder(string target)
    {
        Target = RealPath.Of(target);
        var parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException("The output folder cannot be a root.", nameof(target));
        var id = Guid.NewGuid().ToString("N");
        StagingPath = StagingLeftovers.PathOf(Target, StagingLeftovers.Staging, id);
        _previousPath = StagingLeftovers.PathOf(Target, StagingLeftovers.Previous, id);
        try
        {
            Directory.CreateDirectory(parent);
            StagingLeftovers.Remove(Target);
            // The lock exists before the staging folder and goes after it: a folder whose lock nobody holds is stale.
            _lock = StagingLeftovers.Lock(StagingLeftovers.PathOf(Target, StagingLeftovers.LockFile, id), create: true)!;
            Directory.CreateDirectory(StagingPath);
        }
        catch (Exception e) when (IsFileSystemProblem(e))
        {
            _lock?.Dispose();
            // The system's message names the hidden staging folder; the user named the output folder.
            throw new IOException($"cannot write the output folder {Target}", e);
        }
    }

    /// <summary>The folder that is replaced on commit (its real path).</summary>
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
        if (!Directory.Exists(Target))
        {
            Directory.Move(StagingPath, Target);
        }
        else if (FolderSwap.TryExchange(StagingPath, Target))
        {
            // One step: the target is the new site and the staging path holds the old one, removed below.
            _committed = true;
            TryDelete(StagingPath);
            return;
        }
        else
        {
            // The documented fallback: two renames, with a moment in between where the output path is empty.
            Directory.Move(Target, _previousPath);
            try
            {
                Directory.Move(StagingPath, Target);
            }
            catch
            {
                Directory.Move(_previousPath, Target);
                throw;
            }
        }
        _committed = true;
        TryDelete(_previousPath);
    }

    /// <summary>Removes the staging folder unless it was committed, then releases the lock.</summary>
    public void Dispose()
    {
        if (!_committed) TryDelete(StagingPath);
        _lock.Dispose();
    }

    /// <summary>Deletes a folder ssla made, without ever following a link out of it.</summary>
    internal static void TryDelete(string directory)
    {
        try
        {
            if (!Directory.Exists(directory)) return;
            // A link is removed, never followed: what it leads to is not ours.
            if (new DirectoryInfo(directory).LinkTarget is not null)
            {
                File.Delete(directory);
                return;
            }
            // An agency's output is a hundred thousand files, one unlink each: the brand folders go on every core.
            Parallel.ForEach(new DirectoryInfo(directory).EnumerateDirectories(), sub =>
            {
                if (sub.LinkTarget is not null) File.Delete(sub.FullName);
                else sub.Delete(recursive: true);
            });
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (IsFileSystemProblem(e))
        {
            // A leftover temporary folder is harmless and named so it is recognisable; the next run removes it.
        }
    }

    private static bool IsFileSystemProblem(Exception e) => e is IOException or UnauthorizedAccessException
        || (e is AggregateException all && all.InnerExceptions.All(IsFileSystemProblem));
}
