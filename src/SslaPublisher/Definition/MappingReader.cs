using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Reads one YAML mapping with located errors: unknown keys (with a did-you-mean), missing required keys, values
/// of the wrong shape. Every problem goes to the bag; reads of a bad value return null so reading can go on.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    // Known keys an unknown key was taken for ("replies" → "reply"): that error already says what to write, so the
    // key is not reported missing as well.
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    public MappingReader(YamlNode node, string field, IReadOnlyCollection<string> knownKeys, DiagnosticBag bag)
    {
        Mapping = node;
        Field = field;
        Bag = bag;
        if (node is not YamlMappingNode mapping)
        {
            bag.Add(node, field, $"expected a mapping of {string.Join(", ", knownKeys)}");
            return;
        }
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!knownKeys.Contains(key))
            {
                var closest = DidYouMean.Closest(key, knownKeys);
                if (closest is not null) _suggested.Add(closest);
                bag.Add(keyNode, Child(UntrustedText.Quote(key)[1..^1]), $"unknown key {UntrustedText.Quote(key)}{(closest is null ? "" : $" (did you mean '{closest}'?)")}");
            }
            else
                _entries[key] = ((YamlScalarNode)keyNode, value);
        }
    }

    public YamlNode Mapping { get; }

    public string Field { get; }

    public DiagnosticBag Bag { get; }

    public string Child(string key) => Field.Length == 0 ? key : $"{Field}.{key}";

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The value node of <paramref name="key"/>, reporting it missing when required.</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        if (_entries.TryGetValue(key, out var entry)) return IsNull(entry.Value) && required ? Missing(key) : entry.Value;
        return required ? Missing(key) : null;
    }

    /// <summary>A non-empty string value, trimmed and tidied (<see cref="UntrustedText.Tidy"/>).</summary>
    public string? String(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null || IsNull(node)) return null;
        if (node is YamlScalarNode { Value: { } text })
        {
            if (UntrustedText.Tidy(text) is { Length: > 0 } tidy) return tidy;
            if (required) Bag.Add(node, Child(key), "must not be empty");
            return null;
        }
        Bag.Add(node, Child(key), "expected text");
        return null;
    }

    /// <summary>A list of nodes (a single scalar counts as a one-item list).</summary>
    public IReadOnlyList<YamlNode> List(string key, bool required = false)
    {
        var node = Node(key, required);
        return node switch
        {
            null => [],
            YamlSequenceNode seq => [.. seq.Children],
            YamlScalarNode s when IsNull(s) => [],
            YamlScalarNode s => [s],
            _ => Invalid(node, key, "expected a list"),
        };
    }

    /// <summary>A list of non-empty strings, each tidied (<see cref="UntrustedText.Tidy"/>).</summary>
    public IReadOnlyList<(YamlNode Node, string Text)> Strings(string key, bool required = false)
    {
        var result = new List<(YamlNode, string)>();
        foreach (var item in List(key, required))
        {
            if (item is YamlScalarNode { Value: { } text } && UntrustedText.Tidy(text) is { Length: > 0 } tidy) result.Add((item, tidy));
            else Bag.Add(item, Child(key), "expected a list of text items");
        }
        return result;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted } s
        && (s.Value is null or "" or "~" || string.Equals(s.Value, "null", StringComparison.Ordinal));

    public static string Describe(YamlNode node) => node is YamlScalarNode s
        ? $"{UntrustedText.Quote(s.Value ?? "")}"
        : node.NodeType.ToString().ToLower(CultureInfo.InvariantCulture);

    private YamlNode? Missing(string key)
    {
        if (!_suggested.Contains(key)) Bag.Add(Mapping, Child(key), "is required");
        return null;
    }

    private IReadOnlyList<YamlNode> Invalid(YamlNode node, string key, string message)
    {
        Bag.Add(node, Child(key), message);
        return [];
    }
}
