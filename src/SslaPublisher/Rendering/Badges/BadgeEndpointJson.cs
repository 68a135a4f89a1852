using System.Text.Encodings.Web;
using System.Text.Json;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// The shields.io "endpoint" JSON of a badge (<c>{"schemaVersion":1,"label":…,"message":…,"color":…}</c>), so
/// <c>https://img.shields.io/endpoint?url=&lt;this file's URL&gt;</c> renders the same badge in any shields style.
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/> and the default encoder, which escapes quotes, <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c> and non-ASCII, so an odd label cannot break out of the string. Colours are the contrast-checked ones
/// of the flat layout, as bare hex (shields' URL form).
/// </remarks>
public static class BadgeEndpointJson
{
    /// <summary>The JSON document of <paramref name="layout"/>, UTF-8, with a trailing newline.</summary>
    public static byte[] Write(BadgeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("label", layout.Label);
            json.WriteString("message", layout.Message);
            json.WriteString("color", layout.MessageSide.Colors.Background.ToHex()[1..]);
            if (layout.Label.Length > 0) json.WriteString("labelColor", layout.LabelSide.Colors.Background.ToHex()[1..]);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
