using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Keeps every banner text readable: at least 4.5:1 against the background (WCAG 2.1 AA for normal text).</summary>
public static class ContrastGuard
{
    /// <summary>The least contrast text may have with its background.</summary>
    public const double MinimumRatio = 4.5;

    /// <summary>
    /// <paramref name="wanted"/> when it contrasts enough with <paramref name="background"/>; else the brand's text colour
    /// when that does; else black or white, whichever contrasts more (always at least 4.58:1).
    /// </summary>
    /// <exception cref="BannerException">No candidate reaches the minimum (cannot happen with black and white, kept as a guard).</exception>
    public static RgbColor TextColor(RgbColor wanted, RgbColor background, BrandColors brand)
    {
        foreach (var candidate in new[] { wanted, brand.Text, background.BestTextColor() })
            if (candidate.ContrastWith(background) >= MinimumRatio) return candidate;
        throw new BannerException(
            $"brand.colors.background: no text colour reaches {MinimumRatio}:1 against {background}; choose a lighter or darker background");
    }
}
