using System.Text;

namespace SslaPublisher.Rendering.Pages;

/// <summary>Makes JSON safe to place inside an HTML <c>&lt;script&gt;</c> element (data blocks and JSON-LD).</summary>
/// <remarks>
/// A script element ends at the first <c>&lt;/script</c>, whatever the JSON means, and <c>&lt;!--</c> changes how
/// the parser reads it; U+2028/U+2029 break older JavaScript parsers. Inside JSON these characters can only occur
/// in strings, so replacing each with its <c>\uXXXX</c> escape keeps the same value and removes every way out.
/// </remarks>
public static class ScriptJson
{
    /// <summary>Escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, U+2028 and U+2029 as JSON unicode escapes.</summary>
    public static string Escape(string json)
    {
        var builder = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            builder.Append(c switch
            {
                '<' => "\\u003C",
                '>' => "\\u003E",
                '&' => "\\u0026",
                '\u2028' => "\\u2028",
                '\u2029' => "\\u2029",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
