namespace SslaPublisher.Rendering.Badges;

/// <summary>The three shields.io badge styles (badge-maker's geometry, CC0).</summary>
public enum BadgeStyle
{
    /// <summary>Height 20, corners rounded by 3, a light top-to-bottom gradient and a text shadow; 11 px text.</summary>
    Flat,

    /// <summary>Height 20, square crisp edges, no gradient, no shadow; 11 px text.</summary>
    FlatSquare,

    /// <summary>Height 28, square, 10 px uppercase text with letter spacing, the message in bold.</summary>
    ForTheBadge,
}

/// <summary>Names of the styles as shields.io and the badge file names spell them.</summary>
public static class BadgeStyles
{
    /// <summary>Every style, in the order files and snippets list them.</summary>
    public static IReadOnlyList<BadgeStyle> All { get; } = [BadgeStyle.Flat, BadgeStyle.FlatSquare, BadgeStyle.ForTheBadge];

    /// <summary><c>flat</c>, <c>flat-square</c> or <c>for-the-badge</c>.</summary>
    public static string Key(this BadgeStyle style) => style switch
    {
        BadgeStyle.Flat => "flat",
        BadgeStyle.FlatSquare => "flat-square",
        BadgeStyle.ForTheBadge => "for-the-badge",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown badge style."),
    };
}
