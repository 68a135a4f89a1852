using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>A window in which a channel is closed whatever its hours say (a planned-closure notice).</summary>
/// <param name="NoticeId">The notice that closes it.</param>
/// <param name="Window">From (inclusive) to until (exclusive).</param>
public sealed record ClosureWindow(string NoticeId, Interval Window);
