using System.Collections.Frozen;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Platforms.Counting;

/// <summary>The top-level domains a URL finder accepts.</summary>
/// <remarks>
/// <see cref="TwitterText"/> is twitter-text 3.1.0's list (embedded as <c>twitter-text-tlds.txt</c>, Apache-2.0, see
/// THIRD-PARTY-NOTICES.md; a test compares it with the npm package's). The registry grows, so the counters also take
/// URL-shaped text with a TLD the list does not know, at a length that never undercounts (see <see cref="CautiousUrlFinder"/>).
/// </remarks>
public sealed class TopLevelDomains
{
    private static readonly Lazy<TopLevelDomains> LazyTwitterText = new(() =>
    {
        using var stream = typeof(TopLevelDomains).Assembly.GetManifestResourceStream("SslaPublisher.Platforms.Counting.twitter-text-tlds.txt")
            ?? throw new InvalidOperationException("The embedded twitter-text TLD list is missing.");
        using var reader = new StreamReader(stream);
        return Of(reader.ReadToEnd().Split('\n'));
    });

    private TopLevelDomains(FrozenSet<string> names) => Names = names;

    /// <summary>twitter-text 3.1.0's TLDs (generic and country code): the ones X links.</summary>
    public static TopLevelDomains TwitterText => LazyTwitterText.Value;

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
