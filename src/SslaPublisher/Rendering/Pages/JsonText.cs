using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SslaPublisher.Rendering.Pages;

/// <summary>Writes JSON documents the same way everywhere in the pages: UTF-8, stable property order.</summary>
internal static class JsonText
{
    /// <summary>Runs <paramref name="write"/> over a writer and returns the text.</summary>
    /// <remarks>
    /// Relaxed escaping keeps non-ASCII text readable in <c>ssla.json</c>; documents placed in HTML go through
    /// <see cref="ScriptJson.Escape"/> afterwards, which handles the characters that matter there.
    /// </remarks>
    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        }))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
