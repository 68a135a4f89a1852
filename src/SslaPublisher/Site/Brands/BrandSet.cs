using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SslaPublisher.Definition;

namespace SslaPublisher.Site.Brands;

/// <summary>Loads and validates every brand of an agency folder at once, so one run reports every file's problems.</summary>
public static partial class BrandSet
{
    [GeneratedRegex(@"^\s*slug\s*:", RegexOptions.Multiline)]
    private static partial Regex SlugLine();

    /// <summary>The promises of every ssla.yaml under <paramref name="folder"/>, in discovery order.</summary>
    /// <exception cref="DefinitionException">
    /// There are none, some files are invalid, or two brands share a slug (their outputs and publish prefixes would
    /// collide); every problem of every file is listed.
    /// </exception>
    public static IReadOnlyList<Promise> Load(string folder, int parallelism = 0, PromiseLoader? loader = null,
        CancellationToken cancellationToken = default)
    {
        loader ??= new PromiseLoader();
        var sources = BrandDiscovery.Find(folder);
        if (sources.Count == 0)
            throw new DefinitionException([new Diagnostic(folder, 1, 1, $"no {BrandDiscovery.FileName} found in this folder or below it")]);

        var loaded = new Promise?[sources.Count];
        var problems = new ConcurrentBag<Diagnostic>();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, sources.Count, options, i =>
        {
            try
            {
                loaded[i] = loader.LoadFile(Path.GetRelativePath(Environment.CurrentDirectory, sources[i]));
            }
            catch (DefinitionException e)
            {
                foreach (var d in e.Diagnostics) problems.Add(d);
            }
        });

        var promises = loaded.OfType<Promise>().ToList();
        foreach (var clash in promises.GroupBy(p => p.Brand.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = clash.First();
            foreach (var other in clash.Skip(1))
                problems.Add(new Diagnostic(Path.GetRelativePath(Environment.CurrentDirectory, other.SourcePath), SlugLineOf(other.SourcePath), 3,
                    $"brand.slug: '{clash.Key}' is already used by {Path.GetRelativePath(Path.GetFullPath(folder), first.SourcePath)}; every brand needs its own slug"));
        }
        if (!problems.IsEmpty)
            throw new DefinitionException([.. problems.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)]);
        return promises;
    }

    private static int SlugLineOf(string path)
    {
        var text = File.ReadAllText(path);
        var match = SlugLine().Match(text);
        return match.Success ? text[..match.Index].Count(c => c == '\n') + 1 : 1;
    }
}
