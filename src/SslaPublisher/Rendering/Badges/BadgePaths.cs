namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Where badge files go in the site: <c>badges/&lt;name&gt;[-&lt;style&gt;].svg|.png|@2x.png</c> and
/// <c>badges/&lt;name&gt;.json</c>, where the name of a channel badge is <c>&lt;channel&gt;-&lt;kind&gt;</c>.
/// </summary>
/// <remarks>The flat style is the default and carries no suffix, so the shortest URL gives the most common badge.</remarks>
public static class BadgePaths
{
    /// <summary>The folder of every badge file.</summary>
    public const string Folder = "badges";

    /// <summary>The base name of a channel badge: <c>x-help-replies</c>.</summary>
    public static string Name(string channelId, BadgeKind kind) => $"{channelId}-{kind.Key()}";

    /// <summary>The SVG of a badge: <c>badges/x-help-replies.svg</c>, <c>badges/x-help-replies-flat-square.svg</c>.</summary>
    public static string Svg(string name, BadgeStyle style) => $"{Stem(name, style)}.svg";

    /// <summary>The PNG of a badge at <paramref name="scale"/>: <c>….png</c> at 1×, <c>…@2x.png</c> at 2×.</summary>
    public static string Png(string name, BadgeStyle style, int scale) =>
        scale == 1 ? $"{Stem(name, style)}.png" : $"{Stem(name, style)}@{scale}x.png";

    /// <summary>The shields.io endpoint JSON of a badge (one per badge, all styles): <c>badges/x-help-replies.json</c>.</summary>
    public static string Endpoint(string name) => $"{Folder}/{name}.json";

    private static string Stem(string name, BadgeStyle style) =>
        style == BadgeStyle.Flat ? $"{Folder}/{name}" : $"{Folder}/{name}-{style.Key()}";
}
