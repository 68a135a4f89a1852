using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Reporting;

/// <summary>Reads a replies CSV and measures it against a promise: the one entry point of the report.</summary>
public static class TrackRecordReader
{
    /// <summary>Streams <paramref name="csv"/> through the measurement and returns the track record.</summary>
    /// <param name="promise">The loaded ssla.yaml.</param>
    /// <param name="csv">The replies CSV.</param>
    /// <param name="asOf">The instant the report is as of.</param>
    /// <param name="skipBadRows">Count and skip bad rows instead of stopping at the first.</param>
    /// <param name="worstBreaches">How many worst breaches to keep per channel and month.</param>
    /// <param name="cancellationToken">Checked every row: Ctrl-C stops a report of millions of rows at once.</param>
    /// <exception cref="ReplyCsvException">The header is unusable, or a bad row was met and not skipped.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TrackRecord Read(Promise promise, TextReader csv, Instant asOf, bool skipBadRows,
        int worstBreaches = TrackRecordBuilder.DefaultWorstBreaches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promise);
        var builder = new TrackRecordBuilder(promise, asOf, worstBreaches);
        var reader = new ReplyCsvReader([.. promise.Channels.Select(c => c.Id)]);
        Action<BadRow> onBad = skipBadRows ? builder.Skip : bad => throw new ReplyCsvException(bad);
        foreach (var row in reader.Read(csv, onBad))
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.Add(row);
        }
        return builder.Build();
    }
}
