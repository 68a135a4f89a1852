using NodaTime;

namespace SslaPublisher.Definition;

/// <summary>
/// The promise as it stands at one instant: each channel's reply time replaced by the temporary promise of a notice
/// whose window holds that instant. What media that cannot look at a clock state (bios, badges, banners, the
/// marketing snippets): a scheduled rebuild with <c>--as-of</c> swaps them in and back (docs/notices.md).
/// </summary>
/// <remarks>
/// Pages never get it: they carry every notice and the reader's browser decides, so the channel's own promise stays
/// their base. Windows do not overlap per channel (the loader refuses that), so one notice at most applies.
/// </remarks>
public static class PromiseInForce
{
    /// <summary><paramref name="promise"/> with the temporary promises active at <paramref name="asOf"/>; the same instance when none is.</summary>
    public static Promise At(Promise promise, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(promise);
        var active = Active(promise, asOf);
        if (active.Count == 0) return promise;
        return promise with
        {
            Channels = [.. promise.Channels.Select(c => active.FirstOrDefault(n => n.Touches(c.Id)) is { Reply: { } within }
                ? c with { Reply = c.Reply with { Within = within } }
                : c)],
        };
    }

    /// <summary>
    /// The ids of the notices whose temporary promise holds at <paramref name="asOf"/>, comma-separated in file order
    /// ("" for none): what, besides the files, a brand's output depends on (agency builds reuse a brand only when it is equal).
    /// </summary>
    public static string Key(Promise promise, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(promise);
        return string.Join(",", Active(promise, asOf).Select(n => n.Id));
    }

    private static List<Notice> Active(Promise promise, Instant asOf) =>
        [.. promise.Notices.Where(n => n.Reply is not null && n.IsActiveAt(asOf))];
}
