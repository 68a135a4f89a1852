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
        CancellationToken cancellationToken = default) =>
        Load(folder, BrandShard.All, parallelism, loader, cancellationToken).Promises;

    /// <summary>
    /// The promises of the brands of <paramref name="shard"/> under <paramref name="folder"/>, and the slug of every
    /// brand of the agency. Of another shard's brand only <c>brand.slug</c> is read (<see cref="BrandSlugReader"/>):
    /// a runner of a CI matrix loads and validates its own share, not all of it; a file whose slug cannot be read
    /// that way is loaded whole, so its problems are reported.
    /// </summary>
    /// <exception cref="DefinitionException">
    /// There are none, some of the files loaded are invalid, or two brands share a slug; every problem is listed.
    /// </exception>
    public static LoadedBrands Load(string folder, BrandShard shard, int parallelism = 0, PromiseLoader? loader = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shard);
        loader ??= new PromiseLoader();
        var sources = BrandDiscovery.Find(folder);
        if (sources.Count == 0)
            throw new DefinitionException([new Diagnostic(folder, 1, 1, $"no {BrandDiscovery.FileName} found in this folder or below it")]);

        var loaded = new Promise?[sources.Count];
        var slugs = new string?[sources.Count];
        var problems = new ConcurrentBag<Diagnostic>();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, sources.Count, options, i =>
        {
            if (shard.IsPartial && BrandSlugReader.TryRead(sources[i]) is { } slug && SlugRule.IsSlug(slug) && !shard.Contains(slug))
            {
                slugs[i] = slug;
                return;
            }
            try
            {
                loaded[i] = loader.LoadFile(Path.GetRelativePath(Environment.CurrentDirectory, sources[i]));
                slugs[i] = loaded[i]!.Brand.Slug;
            }
            catch (DefinitionException e)
            {
                foreach (var d in e.Diagnostics) problems.Add(d);
            }
        });

        var known = sources.Select((path, i) => (Path: path, Slug: slugs[i])).Where(b => b.Slug is not null).ToList();
        foreach (var clash in known.GroupBy(b => b.Slug!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = clash.First();
            foreach (var other in clash.Skip(1))
                problems.Add(new Diagnostic(Path.GetRelativePath(Environment.CurrentDirectory, other.Path), SlugLineOf(other.Path), 3,
                    $"brand.slug: '{clash.Key}' is already used by {Path.GetRelativePath(Path.GetFullPath(folder), first.Path)}; every brand needs its own slug"));
        }
        if (!problems.IsEmpty)
            throw new DefinitionException([.. problems.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)]);
        return new LoadedBrands(loaded.OfType<Promise>().ToList(), known.Select(b => b.Slug!).ToList());
    }

    private static int SlugLineOf(string path)
    {
        var text = File.ReadAllText(path);
        var match = SlugLine().Match(text);
        return match.Success ? text[..match.Index].Count(c => c == '\n') + 1 : 1;
    }
}

/// <summary>What <see cref="BrandSet.Load(string, BrandShard, int, PromiseLoader?, CancellationToken)"/> found.</summary>
/// <param name="Promises">The brands loaded whole, in discovery order: every brand of the shard.</param>
/// <param name="AgencySlugs">The slug of every brand of the agency, in discovery order.</param>
public sealed record LoadedBrands(IReadOnlyList<Promise> Promises, IReadOnlyList<string> AgencySlugs);
