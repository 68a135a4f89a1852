using SkiaSharp;
using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Banners;

/// <summary>What a brand brings to its banners besides words: colours, logo, brand image and its focal point.</summary>
/// <param name="Colors">The brand's colours.</param>
/// <param name="Logo">The decoded logo, or null.</param>
/// <param name="Image">The decoded brand image (photo and split layouts), or null.</param>
/// <param name="FocalX">The image's subject, as a fraction of its width.</param>
/// <param name="FocalY">The image's subject, as a fraction of its height.</param>
/// <param name="Seed">Text the pattern's shapes are laid out from (the brand's slug), so a brand's pattern never changes.</param>
public sealed record BannerArt(BrandColors Colors, SKImage? Logo, SKImage? Image = null, double FocalX = 0.5, double FocalY = 0.5, string Seed = "")
{
    /// <summary>Deterministic numbers in [0, 1) from <see cref="Seed"/> (FNV-1a, then an xorshift per draw).</summary>
    public IEnumerable<double> SeededNumbers()
    {
        var state = 2166136261u;
        foreach (var c in Seed) state = (state ^ c) * 16777619u;
        if (state == 0) state = 1;
        while (true)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            yield return state / 4294967296.0;
        }
    }
}
