namespace SslaPublisher.Rendering.Badges;

/// <summary>What a channel badge states.</summary>
public enum BadgeKind
{
    /// <summary>The reply promise: <c>X replies | 15 min</c>.</summary>
    Replies,

    /// <summary>The staffed hours: <c>X staffed | Mon–Fri 9–6 ET</c>, or <c>24/7</c>.</summary>
    Staffed,
}

/// <summary>Names of the kinds as file names spell them.</summary>
public static class BadgeKinds
{
    /// <summary>Every kind, in file and snippet order.</summary>
    public static IReadOnlyList<BadgeKind> All { get; } = [BadgeKind.Replies, BadgeKind.Staffed];

    /// <summary><c>replies</c> or <c>staffed</c>.</summary>
    public static string Key(this BadgeKind kind) => kind switch
    {
        BadgeKind.Replies => "replies",
        BadgeKind.Staffed => "staffed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown badge kind."),
    };
}
