using SslaPublisher.Site;

namespace SslaPublisher.Publishing;

/// <summary>Where a site is published: a blob container, a folder, or a test stand-in.</summary>
/// <remarks>
/// The contract is the smallest a sync needs: list what is there (with MD5 and size, so nothing has to be
/// downloaded to compare), put one file, remove one file. Each upload must be atomic for a reader (the old or
/// the new bytes, never half), which is what lets an interrupted publish be re-run until it converges.
/// </remarks>
public interface ISiteTarget
{
    /// <summary>Every file whose name starts with <paramref name="prefix"/>; empty when the container or folder does not exist yet.</summary>
    IAsyncEnumerable<RemoteFile> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Creates the container or folder when missing. Called once before the first upload.</summary>
    Task PrepareAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="file"/> under <paramref name="name"/> with its Content-Type, Cache-Control and <paramref name="md5"/>.</summary>
    Task UploadAsync(string name, SiteFile file, byte[] md5, CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="name"/>; removing a file that is already gone is not an error.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The address at which a reader opens <paramref name="name"/> (no credentials in it), or <c>null</c> when there is none.</summary>
    Uri? UrlOf(string name);
}
