using System.Text;

namespace SslaPublisher.Definition;

/// <summary>
/// Tidies every text value read from ssla.yaml once, at load time, so that no output (pages, JSON, badges, bios,
/// banners, the terminal) has to defend against invisible characters on its own.
/// </summary>
/// <remarks>
/// Escaping keeps a value from breaking the structure it is written into, but two kinds of character survive any
/// escaping and still change what a reader sees: control characters (an ESC rewrites the terminal that prints the
/// brand name) and unbalanced bidi embeddings, overrides and isolates (a brand named "Acme U+202E Air" reverses the
/// rest of every sentence the name is written into, our own text included). Control characters other than tab and
/// line feed are dropped; bidi controls are kept, because right-to-left brands use them on purpose, but every
/// embedding, override or isolate a value opens is closed before the value (or the line) ends.
/// </remarks>
public static class UntrustedText
{
    private const char PopDirectionalFormatting = '\u202C', PopDirectionalIsolate = '\u2069';

    /// <summary>The text trimmed, without control characters, with every bidi embedding, override and isolate closed.</summary>
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 4);
        var open = new Stack<char>();
        foreach (var c in text)
        {
            if (IsLineEnd(c))
            {
                Close(open, result);
                result.Append(c);
                continue;
            }
            if (IsControl(c)) continue;
            switch (c)
            {
                case >= '\u202A' and <= '\u202E' and not PopDirectionalFormatting:
                    open.Push(PopDirectionalFormatting);
                    break;
                case >= '\u2066' and <= '\u2068':
                    open.Push(PopDirectionalIsolate);
                    break;
                case PopDirectionalFormatting:
                    // A pop with nothing of its kind open on top does nothing in the bidi algorithm: drop it.
                    if (open.Count == 0 || open.Peek() != PopDirectionalFormatting) continue;
                    open.Pop();
                    break;
                case PopDirectionalIsolate:
                    // Closing an isolate also closes the embeddings opened inside it.
                    if (!open.Contains(PopDirectionalIsolate)) continue;
                    while (open.Peek() != PopDirectionalIsolate) result.Append(open.Pop());
                    open.Pop();
                    break;
            }
            result.Append(c);
        }
        Close(open, result);
        return result.ToString().Trim();
    }

    /// <summary>
    /// The value quoted for an error message: tidied, on one line, and cut to its first <paramref name="max"/>
    /// characters, so that a message about a megabyte-long value stays one short line.
    /// </summary>
    public static string Quote(string text, int max = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > max * 2 ? text[..(max * 2)] : text;
        var tidy = Tidy(head).ReplaceLineEndings(" ");
        return tidy.Length <= max && head.Length == text.Length ? $"'{tidy}'" : $"'{tidy[..Math.Min(max, tidy.Length)]}…'";
    }

    private static void Close(Stack<char> open, StringBuilder result)
    {
        while (open.Count > 0) result.Append(open.Pop());
    }

    // Paragraph ends reset the bidi state, so whatever is open is closed before them.
    private static bool IsLineEnd(char c) => c is '\n' or '\u2028' or '\u2029';

    private static bool IsControl(char c) => c is (< ' ' and not '\t') or (>= '\u007F' and <= '\u009F');
}
