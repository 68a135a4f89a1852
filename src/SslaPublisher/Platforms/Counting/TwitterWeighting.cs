using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Platforms.Counting;

/// <summary>A code-point range and the weight of each code point in it.</summary>
/// <param name="Start">First code point.</param>
/// <param name="End">Last code point (included).</param>
/// <param name="Weight">Weight in hundredths of a character.</param>
public sealed record WeightedRange(int Start, int End, int Weight);

/// <summary>
/// twitter-text's counting configuration (v3): weights by code-point range, a default weight, the weight of an emoji
/// and the length every URL counts as. Read as data from the embedded <c>twitter-weighting.yaml</c>.
/// </summary>
/// <param name="Version">twitter-text configuration version.</param>
/// <param name="Scale">Weights are multiples of this (100: weight 200 counts 2).</param>
/// <param name="DefaultWeight">Weight of a code point outside every range.</param>
/// <param name="EmojiWeight">Weight of a whole emoji sequence.</param>
/// <param name="TransformedUrlLength">Length every URL counts as (X wraps them in t.co links).</param>
/// <param name="Ranges">Weights by code-point range; the first range holding a code point wins.</param>
public sealed record TwitterWeighting(
    int Version, int Scale, int DefaultWeight, int EmojiWeight, int TransformedUrlLength, ImmutableArray<WeightedRange> Ranges)
{
    /// <summary>The configuration X uses today (v3).</summary>
    public static TwitterWeighting V3 { get; } = LoadEmbedded();

    /// <summary>The weight of one code point.</summary>
    public int WeightOf(int codePoint)
    {
        foreach (var range in Ranges)
            if (codePoint >= range.Start && codePoint <= range.End) return range.Weight;
        return DefaultWeight;
    }

    /// <summary>Reads a configuration in this project's YAML format.</summary>
    public static TwitterWeighting Parse(TextReader reader)
    {
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var ranges = ((YamlSequenceNode)root["ranges"]).Children.Cast<YamlMappingNode>()
            .Select(r => new WeightedRange(Int(r, "start"), Int(r, "end"), Int(r, "weight")));
        return new TwitterWeighting(Int(root, "version"), Int(root, "scale"), Int(root, "default_weight"),
            Int(root, "emoji_weight"), Int(root, "transformed_url_length"), [.. ranges]);
    }

    private static TwitterWeighting LoadEmbedded()
    {
        using var stream = typeof(TwitterWeighting).Assembly.GetManifestResourceStream("SslaPublisher.Platforms.Counting.twitter-weighting.yaml")
            ?? throw new InvalidOperationException("The X counting configuration resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static int Int(YamlMappingNode node, string key)
    {
        var text = ((YamlScalarNode)node[key]).Value!;
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
