using System.Collections.Frozen;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Platforms.Counting;

/// <summary>The top-level domains a URL finder accepts (e.g. twitter-text's <c>tld_lib.yml</c>).</summary>
/// <remarks>
/// The project ships no TLD list: the registry changes and twitter-text's copy is third-party data. Without one,
/// URL candidates are counted conservatively (see <see cref="TwitterTextCounter"/>); with one, detection matches
/// twitter-text's own.
/// </remarks>
public sealed class TopLevelDomains
{
    private TopLevelDomains(FrozenSet<string> names) => Names = names;

    /// <summary>The domains, lower case.</summary>
    public FrozenSet<string> Names { get; }

    /// <summary>A set of the given names (matched case-insensitively).</summary>
    public static TopLevelDomains Of(IEnumerable<string> names) =>
        new(names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Reads a YAML list of names, or a mapping of lists (twitter-text's <c>tld_lib.yml</c>: country, generic).</summary>
    public static TopLevelDomains Parse(TextReader reader)
    {
        var yaml = new YamlStream();
        yaml.Load(reader);
        if (yaml.Documents.Count == 0) return Of([]);
        var lists = yaml.Documents[0].RootNode switch
        {
            YamlSequenceNode seq => [seq],
            YamlMappingNode map => map.Children.Values.OfType<YamlSequenceNode>(),
            _ => throw new FormatException("A TLD list is a YAML list of names or a mapping of such lists."),
        };
        return Of(lists.SelectMany(l => l.Children).OfType<YamlScalarNode>().Select(s => s.Value ?? ""));
    }

    /// <summary>True when <paramref name="tld"/> is in the set.</summary>
    public bool Contains(string tld) => Names.Contains(tld.ToLowerInvariant());
}
