using System.Collections.Immutable;
using NodaTime;

namespace SslaPublisher.Definition;

/// <summary>What a notice says about its window: news, a planned closure, slower replies, or a crisis.</summary>
public enum NoticeKind
{
    /// <summary>Something worth knowing; the promise is unchanged.</summary>
    Info,

    /// <summary>The channels are closed for the window (maintenance, a holiday not in <c>closed:</c>).</summary>
    PlannedClosure,

    /// <summary>Replies are slower than usual (a storm, a campaign); usually with a temporary promise.</summary>
    Degraded,

    /// <summary>A major disruption: the crisis statement and contact come first on every page.</summary>
    Crisis,
}

/// <summary>A dated addition to a notice: "Most flights are rebooked; we are catching up."</summary>
/// <param name="At">When it was written (shown from then on).</param>
/// <param name="Text">What it says, per language.</param>
public sealed record NoticeUpdate(Instant At, LocalizedText Text);

/// <summary>
/// A dated message from ssla.yaml's <c>notices:</c> that changes what customers should expect for a while.
/// Pages carry every notice and the reader's browser shows those whose window is open (docs/notices.md).
/// </summary>
/// <param name="Id">Slug, unique in the file: the notice's stable identity in the feed and ssla.json.</param>
/// <param name="Kind">What kind of change it is.</param>
/// <param name="From">When it starts.</param>
/// <param name="Until">When it ends; null for "until further notice" (never for a planned closure).</param>
/// <param name="Channels">Ids of the channels it touches, in the file's channel order (every channel when the file names none).</param>
/// <param name="Text">What it says, per language.</param>
/// <param name="Reply">The temporary reply promise for the window, when replies are slower or faster than usual.</param>
public sealed record Notice(
    string Id,
    NoticeKind Kind,
    Instant From,
    Instant? Until,
    ImmutableArray<string> Channels,
    LocalizedText Text,
    ReplyTime? Reply)
{
    /// <summary>What was added since the notice went up (an incident's progress), oldest first; the notice's id stays.</summary>
    public ImmutableArray<NoticeUpdate> Updates { get; init; } = [];

    /// <summary>When the notice last changed: its latest update, else its start (the feed entry's <c>updated</c>).</summary>
    public Instant LastChanged => Updates.IsDefaultOrEmpty ? From : Updates[^1].At;

    /// <summary>The keyword of <see cref="Kind"/> as ssla.yaml and ssla.json write it (<c>planned-closure</c>).</summary>
    public string KindKeyword => KindKeywords.Of(Kind);

    /// <summary>True when the window holds <paramref name="instant"/> (from inclusive, until exclusive).</summary>
    public bool IsActiveAt(Instant instant) => From <= instant && (Until is not { } until || instant < until);

    /// <summary>True when the notice touches <paramref name="channelId"/>.</summary>
    public bool Touches(string channelId) => Channels.Contains(channelId, StringComparer.Ordinal);

    /// <summary>The ssla.yaml keywords of the kinds.</summary>
    public static class KindKeywords
    {
        /// <summary>Every keyword, in declaration order.</summary>
        public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<NoticeKind>().Select(Of)];

        /// <summary>The keyword of <paramref name="kind"/>.</summary>
        public static string Of(NoticeKind kind) => kind switch
        {
            NoticeKind.PlannedClosure => "planned-closure",
            _ => kind.ToString().ToLowerInvariant(),
        };
    }
}
