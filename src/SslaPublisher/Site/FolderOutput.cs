namespace SslaPublisher.Site;

/// <summary>Writes a built site to a folder atomically: a failed build never leaves a half-replaced site.</summary>
/// <remarks>
/// The site is written to a sibling temporary folder first; only when every file is on disk is the old folder
/// moved aside and the new one moved into place (two renames on the same volume), then the old one deleted.
/// If anything fails before the swap, the temporary folder is removed and the existing site is untouched.
/// </remarks>
public static class FolderOutput
{
    /// <summary>Replaces <paramref name="directory"/> with exactly the files of <paramref name="site"/>.</summary>
    public static void Write(SiteContent site, string directory)
    {
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a root.", nameof(directory));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in site.Files.Values)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content.ToArray());
            }
            Directory.CreateDirectory(staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        var hadPrevious = Directory.Exists(target);
        if (hadPrevious) Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            if (hadPrevious) Directory.Move(previous, target);
            TryDelete(staging);
            throw;
        }
        if (hadPrevious) TryDelete(previous);
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
