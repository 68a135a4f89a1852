using SkiaSharp;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// The shipped faces, embedded in the library as <c>fonts/&lt;file&gt;</c> at build time (from the npm and Debian
/// packages <c>scripts/setup.sh</c> installs; see <c>src/BundledFonts.props</c>), so no font file need exist beside it.
/// </summary>
internal static class EmbeddedFonts
{
    /// <summary>The file's bytes of a shipped face (tests serve them to a browser).</summary>
    public static byte[] ReadBytes(FontFace face)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream("fonts/" + face.FileName)
            ?? throw new FontNotFoundException($"The font {face.FileName} ({face.Name}) is not embedded in this build of the library.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The typeface of a shipped face.</summary>
    public static SKTypeface Load(FontFace face)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream("fonts/" + face.FileName)
            ?? throw new FontNotFoundException($"The font {face.FileName} ({face.Name}) is not embedded in this build of the library.");
        // Skia keeps the bytes for the life of the typeface; HarfBuzz reads the same data through it.
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data, face.CollectionIndex)
            ?? throw new FontNotFoundException($"The embedded font {face.FileName} ({face.Name}) is not a font Skia can read.");
    }
}
