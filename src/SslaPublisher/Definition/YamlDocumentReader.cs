using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Parses the text of ssla.yaml into its one document, turning YamlDotNet's failures into located problems:
/// syntax errors at their position (a tab used for indentation at the tab itself), and a second document
/// (<c>---</c>) as an error rather than silently ignored content.
/// </summary>
internal static partial class YamlDocumentReader
{
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    /// <summary>The root node of the only document, or null (with the problem in <paramref name="bag"/>).</summary>
    public static YamlNode? Parse(string yaml, DiagnosticBag bag)
    {
        YamlStream stream;
        try
        {
            stream = new YamlStream();
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // YamlDotNet's message repeats the position; keep only its explanation.
            var message = PositionPrefix().Replace(e.InnerException?.Message ?? e.Message, "");
            // YamlDotNet may report a tab far from it (1:1 for a tab before a list item), so when its message is
            // about a tab the whole file is searched; otherwise only the lines around its position.
            var aboutTab = message.Contains("tab", StringComparison.OrdinalIgnoreCase);
            var near = aboutTab ? (From: 1, To: int.MaxValue) : (From: (int)e.Start.Line - 1, To: (int)e.Start.Line + 1);
            if (IndentationTab(yaml, near.From, near.To) is { } tab)
            {
                bag.Add(tab, "YAML syntax error: a tab is used for indentation here; indent with spaces");
                return null;
            }
            if (YamlSyntaxHints.Explain(yaml, e.Start) is { } hint)
                bag.Add(hint.At, $"YAML syntax error: {hint.Hint} ({message.TrimEnd('.')})");
            else bag.Add(e.Start, $"YAML syntax error: {message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // Some malformed input (an unclosed flow collection) makes YamlDotNet's scanner throw without a position;
            // replay the events to find where parsing stopped.
            bag.Add(IndentationTab(yaml, 1, int.MaxValue) ?? LastGoodMark(yaml),
                "YAML syntax error: the document ends inside an unclosed '[' or '{', or a value is malformed here");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            bag.Add(Mark.Empty, "the file is empty; run 'ssla init' for a starter file");
            return null;
        }
        // A '---' followed by more YAML starts a second document, which every reader would ignore: say so.
        if (stream.Documents.Skip(1).FirstOrDefault(d => !MappingReader.IsNull(d.RootNode)) is { } extra)
            bag.Add(extra.RootNode.Start, "a second YAML document starts here (after '---'); ssla.yaml holds one document: remove the '---' line or move this part to its own file");
        return stream.Documents[0].RootNode;
    }

    /// <summary>
    /// The first tab in a line's leading whitespace between lines <paramref name="from"/> and <paramref name="to"/>,
    /// or null. YamlDotNet reports such a tab where its scanner noticed it (the end of the previous value, or 1:1), so
    /// its own position misleads; only lines near it are searched, since a tab can be legal inside a quoted value.
    /// </summary>
    private static Mark? IndentationTab(string yaml, int from, int to)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        for (var i = 0; i < yaml.Length && line <= to; i++)
        {
            var c = yaml[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }
            if (atLineStart && c == '\t' && line >= from) return new Mark(i, line, column);
            if (c != ' ') atLineStart = false;
            column++;
        }
        return null;
    }

    private static Mark LastGoodMark(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var mark = Mark.Empty;
        try
        {
            while (parser.MoveNext()) mark = parser.Current!.Start;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: the same failure as before; the last mark reached is the answer.
        }
        return mark;
    }
}
