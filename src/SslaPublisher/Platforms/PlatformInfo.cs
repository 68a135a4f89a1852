namespace SslaPublisher.Platforms;

/// <summary>How a platform counts the length of a bio.</summary>
public enum CountingRule
{
    /// <summary>twitter-text weighted length (config v3): weights by code-point range, emoji 2, URLs 23, NFC first.</summary>
    TwitterWeighted,
    /// <summary>Mastodon: grapheme clusters after URLs count 23 and <c>@user@domain</c> counts as <c>@user</c>.</summary>
    MastodonNote,
    /// <summary>Extended grapheme clusters (what a person sees as one character).</summary>
    Graphemes,
    /// <summary>UTF-16 code units, as a plain <c>maxlength</c> text field counts.</summary>
    Characters,
}

/// <summary>A value taken from a public source, with how sure we are of it.</summary>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Confirmed">False when only secondary sources were found (see docs/platforms.md).</param>
public sealed record Provenance(string Source, bool Confirmed);

/// <summary>The bio (profile description) limit of a platform.</summary>
public sealed record BioSpec(int Limit, CountingRule Counting, Provenance Provenance);

/// <summary>A rectangle in image pixels.</summary>
public sealed record PixelRect(int X, int Y, int Width, int Height)
{
    /// <summary>Right edge (exclusive).</summary>
    public int Right => X + Width;

    /// <summary>Bottom edge (exclusive).</summary>
    public int Bottom => Y + Height;
}

/// <summary>The profile banner (header, cover) of a platform.</summary>
/// <param name="Width">Upload width in pixels.</param>
/// <param name="Height">Upload height in pixels.</param>
/// <param name="SafeArea">Where text stays visible on every device (avatar overlaps and crops excluded).</param>
/// <param name="MaxBytes">Largest upload accepted.</param>
/// <param name="Provenance">Where the size and limits come from.</param>
public sealed record BannerSpec(int Width, int Height, PixelRect SafeArea, long MaxBytes, Provenance Provenance)
{
    /// <summary>
    /// How many times the catalog's size the banner is drawn and uploaded at (<c>scale</c> in the catalog; 1 unless
    /// the platform shows it larger than its nominal size, as Facebook does on high-density phones).
    /// </summary>
    public int Scale { get; init; } = 1;

    /// <summary>The spec at <see cref="Scale"/>: size and safe area multiplied, so everything laid out in fractions stays put.</summary>
    public BannerSpec AtScale() => Scale == 1 ? this : new BannerSpec(Width * Scale, Height * Scale,
        new PixelRect(SafeArea.X * Scale, SafeArea.Y * Scale, SafeArea.Width * Scale, SafeArea.Height * Scale), MaxBytes, Provenance);
}

/// <summary>Everything the tool knows about one platform.</summary>
/// <param name="Id">The platform.</param>
/// <param name="Key">The name used in ssla.yaml and file names (<c>x</c>, <c>facebook</c>, …).</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="ProfileUrlPattern">Profile URL with <c>{handle}</c> (without '@'); Mastodon uses <c>{user}</c> and <c>{domain}</c>.</param>
/// <param name="Bio">Bio limit and counting rule.</param>
/// <param name="Banner">Banner size and safe area, or null for platforms without one.</param>
/// <param name="Aliases">Other names accepted in ssla.yaml (<c>twitter</c> for X).</param>
public sealed record PlatformInfo(
    PlatformId Id,
    string Key,
    string DisplayName,
    string ProfileUrlPattern,
    BioSpec Bio,
    BannerSpec? Banner,
    IReadOnlyList<string> Aliases);
