using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Schedule;

/// <summary>A reply time that replaces a channel's own for messages received in a window (a notice's <c>reply:</c>).</summary>
/// <param name="NoticeId">The notice that makes it: how reports and <c>ssla due</c> name it.</param>
/// <param name="From">When it starts holding (inclusive).</param>
/// <param name="Until">When it stops (exclusive); null while the notice is open-ended.</param>
/// <param name="Within">The reply time during the window.</param>
public sealed record TemporaryPromise(string NoticeId, Instant From, Instant? Until, ReplyTime Within)
{
    /// <summary>True when a message received at <paramref name="instant"/> is promised <see cref="Within"/>.</summary>
    public bool Holds(Instant instant) => From <= instant && (Until is not { } until || instant < until);
}
