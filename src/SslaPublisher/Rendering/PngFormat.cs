using SkiaSharp;

namespace SslaPublisher.Rendering;

/// <summary>The one PNG encoder setting of every image the build writes (banners, share image, badges).</summary>
/// <remarks>
/// <para>Chosen by measurement (<c>dotnet run -c Release --project bench/SslaPublisher.Bench -- png-options</c>,
/// figures in docs/BENCHMARKS.md, "PNG settings"): no row filter and zlib level 4. Our images are flat colour,
/// anti-aliased text and a logo, where repeated pixels are the redundancy; a row filter turns those runs into
/// residues that compress worse, and libpng's adaptive choice among all five filters spends most of the encode
/// time. Against the earlier setting (all filters, level 6) this makes a generated brand's banners about 14 %
/// smaller in about half the CPU time, and its badge PNGs about 13 % smaller in about a third.</para>
/// <para>Level 4 rather than 1–3: those zlib levels skip lazy matching and give files about a third larger; 5–9
/// cost more time for a few per cent.</para>
/// <para>The bytes stay deterministic: the same pixels and settings give the same file.</para>
/// </remarks>
public static class PngFormat
{
    /// <summary>The zlib level.</summary>
    public const int ZlibLevel = 4;

    /// <summary>Row filters: none.</summary>
    public const SKPngEncoderFilterFlags Filters = SKPngEncoderFilterFlags.None;

    /// <summary>The encoder options.</summary>
    public static SKPngEncoderOptions Options => new(Filters, ZlibLevel);

    /// <summary>The PNG bytes of <paramref name="pixels"/>, or null when SkiaSharp cannot encode them.</summary>
    public static byte[]? Encode(SKPixmap pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        using var data = pixels.Encode(Options);
        return data?.ToArray();
    }
}
