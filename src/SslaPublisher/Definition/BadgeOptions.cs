using System.Collections.Immutable;

namespace SslaPublisher.Definition;

/// <summary>The <c>badges:</c> section of ssla.yaml: which badge styles are also written as PNG.</summary>
/// <param name="PngStyles">
/// Style keys (<c>flat</c>, <c>flat-square</c>, <c>for-the-badge</c>) whose badges get PNGs at 1× and 2× besides
/// their SVG. SVGs of every style are always written.
/// </param>
/// <remarks>
/// PNGs exist for the places SVG is not accepted (some help-centre editors, e-mail); the flat badge is the one the
/// snippets use, so it is the default. The other styles' PNGs cost most of a badge's build time and are written only
/// when a brand asks for them (docs/badges.md, "Files").
/// </remarks>
public sealed record BadgeOptions(ImmutableArray<string> PngStyles)
{
    /// <summary>Every style key, in the order files list them (the keys of <c>Rendering.Badges.BadgeStyles</c>).</summary>
    public static ImmutableArray<string> StyleKeys { get; } = ["flat", "flat-square", "for-the-badge"];

    /// <summary>Without a <c>badges:</c> section: PNGs of the flat style only.</summary>
    public static BadgeOptions Default { get; } = new(["flat"]);

    /// <summary>Whether the style with key <paramref name="styleKey"/> gets PNGs.</summary>
    public bool WritesPng(string styleKey) => PngStyles.Contains(styleKey, StringComparer.Ordinal);
}
