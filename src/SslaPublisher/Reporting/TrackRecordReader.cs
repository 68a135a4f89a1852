using System.Collections.Concurrent;
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
    /// <param name="cancellationToken">Checked every batch of rows: Ctrl-C stops a report of millions of rows at once.</param>
    /// <exception cref="ReplyCsvException">The header is unusable, or a bad row was met and not skipped.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TrackRecord Read(Promise promise, TextReader csv, Instant asOf, bool skipBadRows,
        int worstBreaches = TrackRecordBuilder.DefaultWorstBreaches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(csv);
        var builder = new TrackRecordBuilder(promise, asOf, worstBreaches);
        var reader = new ReplyCsvReader([.. promise.Channels.Select(c => c.Id)]);
        Action<BadRow> onBad = skipBadRows ? builder.Skip : bad => throw new ReplyCsvException(bad);
        foreach (var item in ParsedInBackground(reader, csv, cancellationToken))
        {
            if (item.Bad is { } bad) onBad(bad);
            else builder.Add(item.Row!.Value);
        }
        return builder.Build();
    }

    private const int BatchRows = 1024;

    // Reading and parsing (Sep, two instants a row) run on a second thread while this one measures rows against the
    // schedule: on two cores a report takes about the longer of the two instead of their sum. Items keep the file's
    // order and one thread consumes them, so the track record is the one a sequential run gives, bad rows included.
    private static IEnumerable<Item> ParsedInBackground(ReplyCsvReader reader, TextReader csv, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var batches = new BlockingCollection<List<Item>>(boundedCapacity: 8);
        var producer = Task.Run(() =>
        {
            try
            {
                var batch = new List<Item>(BatchRows);
                void Post(Item item)
                {
                    batch.Add(item);
                    if (batch.Count < BatchRows) return;
                    batches.Add(batch, stop.Token);
                    batch = new List<Item>(BatchRows);
                }
                foreach (var row in reader.Read(csv, bad => Post(new Item(null, bad)))) Post(new Item(row, null));
                if (batch.Count > 0) batches.Add(batch, stop.Token);
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var item in batch) yield return item;
            }
            // The reader's own failures (an unusable header) surface here, as they would have without the thread.
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            // Stopped early (a bad row not skipped, cancellation): let the reader thread finish before the CSV is closed.
            stop.Cancel();
            try { producer.Wait(CancellationToken.None); }
            catch (AggregateException) { /* its failure, if any, was rethrown above or is moot after ours */ }
        }
    }

    private readonly record struct Item(ReplyRow? Row, BadRow? Bad);
}
