using NodaTime;

namespace SslaPublisher.Reporting;

/// <summary>One late or missed interaction, for the worst-breaches lists.</summary>
/// <param name="Line">CSV line of the row, so it can be found in the export.</param>
/// <param name="Outcome"><see cref="Outcome.Late"/> or <see cref="Outcome.Missed"/>.</param>
/// <param name="Received">When the message arrived.</param>
/// <param name="Due">When the reply was due.</param>
/// <param name="FirstReply">When the first reply came (late), or null (missed: none by as-of).</param>
/// <param name="Lateness">How far past due (for missed: at least this far, as of as-of).</param>
public sealed record Breach(int Line, Outcome Outcome, Instant Received, Instant Due, Instant? FirstReply, Duration Lateness)
{
    /// <summary>The notice whose temporary promise set <see cref="Due"/>; null when the channel's own did.</summary>
    public string? NoticeId { get; init; }

    /// <summary>Worst first: most late, then earliest received, then lowest line — a total order, so lists are stable.</summary>
    public static IComparer<Breach> WorstFirst { get; } = Comparer<Breach>.Create((a, b) =>
    {
        var byLateness = b.Lateness.CompareTo(a.Lateness);
        if (byLateness != 0) return byLateness;
        var byReceived = a.Received.CompareTo(b.Received);
        return byReceived != 0 ? byReceived : a.Line.CompareTo(b.Line);
    });
}
