using System.Text;

namespace SslaPublisher.Input;

/// <summary>
/// The one sanitiser for text on its way to a terminal. Messages quote input (unknown YAML keys, CSV header cells
/// and channel values, paths the user typed), and an ESC or C1 control in any of them would let a file recolour,
/// retitle or rewrite the terminal that prints it; every terminal escape sequence starts with one of those.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> without control characters other than tab and line feed (and CR on Windows, for its line ends).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstBad = 0;
        while (firstBad < text.Length && !IsDropped(text[firstBad])) firstBad++;
        if (firstBad == text.Length) return text;
        var result = new StringBuilder(text.Length);
        result.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (!IsDropped(text[i])) result.Append(text[i]);
        }
        return result.ToString();
    }

    /// <summary>True for a character <see cref="Clean"/> removes.</summary>
    public static bool IsDropped(char c) =>
        c is (< ' ' and not '\t' and not '\n' and not '\r') or (>= '\u007F' and <= '\u009F')
        || (c == '\r' && !OperatingSystem.IsWindows());
}
