namespace SslaPublisher.Site;

/// <summary>Writes a built site to a folder atomically: a failed build never leaves a half-replaced site.</summary>
public static class FolderOutput
{
    /// <summary>Replaces <paramref name="directory"/> with the files of <paramref name="site"/> (a site that is no brand's).</summary>
    /// <exception cref="OperationCanceledException">Cancelled before the swap; the existing folder is untouched.</exception>
    public static void Write(SiteContent site, string directory, CancellationToken cancellationToken = default) =>
        Write(site, directory, null, cancellationToken);

    /// <summary>
    /// Replaces <paramref name="directory"/> with exactly the files of <paramref name="site"/>, plus the
    /// <see cref="SiteManifest"/> that lets <c>ssla publish --from</c> upload them (naming the brand's
    /// <paramref name="slug"/> when given).
    /// </summary>
    /// <remarks>If anything fails before the swap, the existing folder is untouched (see <see cref="StagedFolder"/>).</remarks>
    /// <exception cref="OperationCanceledException">Cancelled before the swap; the existing folder is untouched.</exception>
    public static void Write(SiteContent site, string directory, string? slug, CancellationToken cancellationToken = default)
    {
        using var staged = new StagedFolder(directory);
        staged.WriteAll(site, cancellationToken: cancellationToken);
        SiteManifest.Of(site, slug).WriteTo(staged.StagingPath);
        cancellationToken.ThrowIfCancellationRequested();
        staged.Commit();
    }
}
