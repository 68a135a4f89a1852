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
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(Target);
        StagingPath = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingPath);
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
    public void WriteAll(SiteContent site, string? underFolder = null)
    {
        foreach (var file in site.Files.Values) Write(file, underFolder);
    }

    /// <summary>Copies a sub-folder of the current target (an unchanged brand) into the staging folder.</summary>
    /// <returns>False when the target has no such folder.</returns>
    public bool CarryOver(string relativeFolder)
    {
        var source = Path.Combine(Target, SitePath.Normalize(relativeFolder));
        if (!Directory.Exists(source)) return false;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(StagingPath, relativeFolder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return true;
    }

    /// <summary>Swaps the staging folder in; the previous target is removed.</summary>
    public void Commit()
    {
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
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless and named so it is recognisable; the build result stands.
        }
    }
}
