using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Platforms;

/// <summary>
/// The platform catalog: bio limits and counting rules, banner sizes and safe areas, upload limits and profile URL
/// patterns, read from the embedded <c>platforms.yaml</c> so that each value lives once, beside its source.
/// </summary>
public sealed class PlatformCatalog
{
    // Each platform at its id's number: an array rather than a dictionary keyed by the enum, whose framework code
    // ReadyToRun cannot precompile for our own value type (≈ 60 methods JIT-compiled at every start).
    private readonly PlatformInfo?[] _byId;

    private PlatformCatalog(ImmutableArray<PlatformInfo> platforms, BannerSpec shareImage)
    {
        All = platforms;
        ShareImage = shareImage;
        _byId = new PlatformInfo?[Enum.GetValues<PlatformId>().Length];
        foreach (var platform in platforms) _byId[(int)platform.Id] = platform;
    }

    /// <summary>The built-in catalog.</summary>
    public static PlatformCatalog Default { get; } = LoadEmbedded();

    /// <summary>Every platform, in catalog order.</summary>
    public ImmutableArray<PlatformInfo> All { get; }

    /// <summary>The link-preview image (og:image) spec.</summary>
    public BannerSpec ShareImage { get; }

    /// <summary>The keys accepted in ssla.yaml (<c>x</c>, <c>facebook</c>, …).</summary>
    public IEnumerable<string> Keys => All.Select(p => p.Key);

    /// <summary>The entry for <paramref name="id"/>.</summary>
    public PlatformInfo this[PlatformId id] =>
        (uint)id < (uint)_byId.Length && _byId[(int)id] is { } platform ? platform : throw new KeyNotFoundException($"No platform {id} in the catalog.");

    /// <summary>Every name accepted in ssla.yaml: keys and aliases.</summary>
    public IEnumerable<string> KeysAndAliases => All.SelectMany(p => p.Aliases.Prepend(p.Key));

    /// <summary>Finds a platform by its ssla.yaml key or an alias, case-insensitively.</summary>
    public PlatformInfo? FindByKey(string key) =>
        All.FirstOrDefault(p => p.Aliases.Prepend(p.Key).Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)));

    private static PlatformCatalog LoadEmbedded()
    {
        using var stream = typeof(PlatformCatalog).Assembly.GetManifestResourceStream("SslaPublisher.Platforms.platforms.yaml")
            ?? throw new InvalidOperationException("The platform catalog resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var platforms = ((YamlSequenceNode)root["platforms"]).Children.Cast<YamlMappingNode>().Select(ReadPlatform);
        return new PlatformCatalog([.. platforms], ReadBanner((YamlMappingNode)root["share_image"]));
    }

    private static PlatformInfo ReadPlatform(YamlMappingNode node)
    {
        var key = Text(node, "key");
        var id = Enum.GetValues<PlatformId>().Single(p => string.Equals(p.ToString(), key, StringComparison.OrdinalIgnoreCase));
        var bio = (YamlMappingNode)node["bio"];
        var counting = Text(bio, "counting") switch
        {
            "twitter-weighted" => CountingRule.TwitterWeighted,
            "mastodon-note" => CountingRule.MastodonNote,
            "graphemes" => CountingRule.Graphemes,
            "characters" => CountingRule.Characters,
            var other => throw new InvalidOperationException($"Unknown counting rule '{other}' in the platform catalog."),
        };
        return new PlatformInfo(
            id, key, Text(node, "name"), Text(node, "profile_url"),
            new BioSpec(Int(bio, "limit"), counting, ReadProvenance(bio)),
            node.Children.ContainsKey("banner") ? ReadBanner((YamlMappingNode)node["banner"]) : null,
            node.Children.TryGetValue("aliases", out var aliases)
                ? [.. ((YamlSequenceNode)aliases).Children.Select(a => ((YamlScalarNode)a).Value!)]
                : []);
    }

    private static BannerSpec ReadBanner(YamlMappingNode node)
    {
        var size = Ints(node, "size");
        var safe = Ints(node, "safe");
        return new BannerSpec(size[0], size[1], new PixelRect(safe[0], safe[1], safe[2], safe[3]),
            long.Parse(Text(node, "max_bytes"), CultureInfo.InvariantCulture), ReadProvenance(node))
        {
            Scale = node.Children.ContainsKey("scale") ? Int(node, "scale") : 1,
        };
    }

    private static Provenance ReadProvenance(YamlMappingNode node) =>
        new(Text(node, "source"), bool.Parse(Text(node, "confirmed")));

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static int Int(YamlMappingNode node, string key) => int.Parse(Text(node, key), CultureInfo.InvariantCulture);

    private static int[] Ints(YamlMappingNode node, string key) =>
        [.. ((YamlSequenceNode)node[key]).Children.Select(c => int.Parse(((YamlScalarNode)c).Value!, CultureInfo.InvariantCulture))];
}
