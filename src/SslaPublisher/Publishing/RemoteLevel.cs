namespace SslaPublisher.Publishing;

/// <summary>One level of a target under a prefix: the files directly in it, and the names of the folders below it.</summary>
/// <param name="Files">Files whose name has no '/' after the prefix.</param>
/// <param name="Folders">The first name segment after the prefix of every deeper file (<c>slug</c>, not <c>slug/</c>), once each, in ordinal order.</param>
public sealed record RemoteLevel(IReadOnlyList<RemoteFile> Files, IReadOnlyList<string> Folders)
{
    /// <summary>The level of <paramref name="prefix"/> in a full listing of it (how a target without a cheaper way answers).</summary>
    public static RemoteLevel Of(string prefix, IEnumerable<RemoteFile> listing)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(listing);
        var files = new List<RemoteFile>();
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in listing)
        {
            if (!file.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var slash = file.Name.IndexOf('/', prefix.Length);
            if (slash < 0) files.Add(file);
            else folders.Add(file.Name[prefix.Length..slash]);
        }
        return new RemoteLevel(files, [.. folders]);
    }
}
