using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// HarfBuzz over one typeface, at the precision browsers shape with: positions in 1/65,536 of an em.
/// </summary>
/// <remarks>
/// Written instead of SkiaSharp.HarfBuzz's <c>SKShaper</c>, which sets the HarfBuzz font to 512 units per em, so every
/// advance is rounded to 1/512 em before it is scaled to the size: at 64 px that is up to 0.06 px a glyph, which adds
/// up to a pixel over a headline. Chromium keeps 16.16 fixed-point pixels; 2^16 units per em is as fine at any size a
/// banner uses. The HarfBuzz font is read-only once set up, so one shaper serves every thread.
/// </remarks>
public sealed class FaceShaper : IDisposable
{
    private const int UnitsPerEm = 1 << 16;

    private readonly Font _font;

    /// <summary>A shaper over <paramref name="typeface"/>'s font data.</summary>
    public FaceShaper(SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        using var blob = typeface.OpenStream(out var index).ToHarfBuzzBlob();
        using var face = new Face(blob, index) { UnitsPerEm = typeface.UnitsPerEm };
        _font = new Font(face);
        _font.SetScale(UnitsPerEm, UnitsPerEm);
        _font.SetFunctionsOpenType();
    }

    /// <summary>Shapes <paramref name="buffer"/> at <paramref name="font"/>'s size, placing the first glyph at <paramref name="x"/>.</summary>
    public ShapedRun Shape(Buffer buffer, float x, SKFont font)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(font);
        _font.Shape(buffer);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scaleY = font.Size / UnitsPerEm;
        var scaleX = scaleY * font.ScaleX;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        // Advances are summed in HarfBuzz's integer units and scaled once per glyph position, so no rounding piles up.
        long advance = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            points[i] = new SKPoint(x + (advance + positions[i].XOffset) * scaleX, -positions[i].YOffset * scaleY);
            advance += positions[i].XAdvance;
        }
        return new ShapedRun(glyphs, points, advance * scaleX);
    }

    /// <summary>Frees the HarfBuzz font (faces are shared for the life of the process, so only tests do).</summary>
    public void Dispose() => _font.Dispose();
}

/// <summary>One shaped run: its glyphs, where each is drawn, and the run's advance width in pixels.</summary>
public sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Points, float Width);
