using System.Collections.Immutable;

namespace SslaPublisher.Site;

/// <summary>The built site: every file, keyed by path, in ordinal path order (so output is deterministic).</summary>
public sealed class SiteContent
{
    private SiteContent(ImmutableSortedDictionary<string, SiteFile> files) => Files = files;

    /// <summary>An empty site.</summary>
    public static SiteContent Empty { get; } = new(ImmutableSortedDictionary.Create<string, SiteFile>(StringComparer.Ordinal));

    /// <summary>Files by path.</summary>
    public ImmutableSortedDictionary<string, SiteFile> Files { get; }

    /// <summary>Total bytes of all files.</summary>
    public long TotalBytes => Files.Values.Sum(f => (long)f.Content.Length);

    /// <summary>Adds files; two renderers writing the same path is a bug, so it throws.</summary>
    public SiteContent With(IEnumerable<SiteFile> files)
    {
        var builder = Files.ToBuilder();
        foreach (var file in files)
        {
            if (!builder.TryAdd(file.Path, file))
                throw new InvalidOperationException($"Two renderers produced the same file '{file.Path}'.");
        }
        return new SiteContent(builder.ToImmutable());
    }

    /// <summary>The site with every path placed under <paramref name="prefix"/> (e.g. a brand's slug).</summary>
    public SiteContent UnderPrefix(string prefix) =>
        Empty.With(Files.Values.Select(f => new SiteFile($"{prefix.TrimEnd('/')}/{f.Path}", f.Content, f.ContentType, f.CacheControl, f.Visibility)));
}
