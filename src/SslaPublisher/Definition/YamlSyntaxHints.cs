using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace SslaPublisher.Definition;

/// <summary>
/// Plain-words hints for the YAML mistakes marketers make most: an unquoted <c>@handle</c>, a colon inside a
/// summary (tabs: <see cref="YamlDocumentReader"/>). YamlDotNet's own message ("found character that cannot start any token")
/// says what the parser saw, not what to do.
/// </summary>
internal static partial class YamlSyntaxHints
{
    /// <summary>The rule, said once; <see cref="Explain"/> follows it with the user's own line, quoted.</summary>
    public const string QuoteHint = "values starting with @, or containing ': ', must be in quotes";

    // "key: value" on one line, or "- key: value" in a list.
    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[\w.-]+):\s+(?<value>\S.*)$")]
    private static partial Regex KeyValue();

    /// <summary>Where the mistake stands and the hint for it; null when none of the common mistakes explains the error.</summary>
    /// <param name="yaml">The whole file.</param>
    /// <param name="error">Where YamlDotNet stopped (it may stop a line or two after the mistake).</param>
    public static (Mark At, string Hint)? Explain(string yaml, Mark error)
    {
        var lines = yaml.Split('\n');
        var first = Math.Max(1, (int)error.Line - 2);
        // The mistake is on the line the parser stopped at or just before it (a value's colon is found on the next key).
        for (var line = Math.Min((int)error.Line, lines.Length); line >= first; line--)
        {
            var text = lines[line - 1].TrimEnd('\r');
            var match = KeyValue().Match(text);
            if (!match.Success) continue;
            var value = match.Groups["value"];
            var unquoted = value.Value[0] is not ('"' or '\'' or '{' or '[' or '|' or '>');
            if (unquoted && (value.Value.StartsWith('@') || value.Value.StartsWith('`') || value.Value.Contains(": ", StringComparison.Ordinal)))
                return (At(line, value.Index + 1), $"{QuoteHint}: write {match.Groups["key"].Value}: {Quoted(value.Value)}");
        }
        return null;
    }

    private static Mark At(int line, int column) => new(0, line, column);

    // The value as a double-quoted YAML scalar (a trailing comment stays out of it).
    private static string Quoted(string value)
    {
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        var text = (comment >= 0 ? value[..comment] : value).TrimEnd();
        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
