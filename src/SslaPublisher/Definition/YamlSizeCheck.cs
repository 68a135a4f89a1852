using System.Globalization;
using SslaPublisher.Input;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Refuses over-long keys and values anywhere in the tree before anything reads them, so no later check (a
/// did-you-mean, a time-zone lookup, a message quoting the value) ever works on or prints megabytes of text.
/// </summary>
internal static class YamlSizeCheck
{
    public static void Check(YamlNode root, DiagnosticBag bag) => Visit(root, "", bag);

    private static void Visit(YamlNode node, string field, DiagnosticBag bag)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > InputLimits.TextLength } value }:
                bag.Add(node, field.Length == 0 ? "value" : field, TooLong("text", value));
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++) Visit(sequence.Children[i], $"{field}[{i}]", bag);
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? "";
                    if (name.Length > InputLimits.TextLength)
                    {
                        bag.Add(key, field.Length == 0 ? "key" : $"{field} key", TooLong("key", name));
                        continue;
                    }
                    Visit(value, field.Length == 0 ? name : $"{field}.{name}", bag);
                }
                break;
        }
    }

    private static string TooLong(string what, string value) => string.Create(CultureInfo.InvariantCulture,
        $"a {what} of {value.Length:N0} characters ({UntrustedText.Quote(value)}); at most {InputLimits.TextLength:N0} are allowed");
}
