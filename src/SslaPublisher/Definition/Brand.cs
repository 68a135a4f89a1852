using System.Collections.Immutable;
using NodaTime;

namespace SslaPublisher.Definition;

/// <summary>The company making the promise.</summary>
/// <param name="Name">Display name, shown as typed (untrusted text).</param>
/// <param name="Slug">URL- and path-safe identifier (validated: lowercase letters, digits, dashes).</param>
/// <param name="Website">The brand's own site, an absolute http(s) URL, if given.</param>
/// <param name="BaseUrl">Where the promise site is published (canonical URLs), ending in '/', if given.</param>
/// <param name="Logo">Full path of the logo file, if given.</param>
/// <param name="Colors">Brand colours used by pages, badges and banners.</param>
/// <param name="TimeZone">Default zone of the channels.</param>
/// <param name="Languages">Languages the pages and bios are written in; the first is the default.</param>
public sealed record Brand(
    string Name,
    string Slug,
    string? Website,
    string? BaseUrl,
    string? Logo,
    BrandColors Colors,
    DateTimeZone TimeZone,
    ImmutableArray<string> Languages)
{
    /// <summary>The banner layout and brand image (<c>brand.banner</c>); channels may override it.</summary>
    public BannerChoice Banner { get; init; } = BannerChoice.Default;
}

/// <summary>Brand colours.</summary>
public sealed record BrandColors(RgbColor Background, RgbColor Text, RgbColor Accent)
{
    /// <summary>Colours used when the file names none.</summary>
    public static BrandColors Default { get; } =
        new(RgbColor.Parse("#0B3D91"), RgbColor.Parse("#FFFFFF"), RgbColor.Parse("#FFB400"));
}
