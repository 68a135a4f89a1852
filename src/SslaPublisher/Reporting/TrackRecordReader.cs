using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
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

    /// <summary>
    /// Measures a replies CSV file: cut into ranges on record boundaries (<see cref="CsvRanges"/>), each range parsed
    /// and measured whole by one of up to <see cref="Environment.ProcessorCount"/> threads into its own tallies, merged
    /// at the end. The track record, bad rows and the error of a bad row not skipped are those of reading the file from
    /// the start (the first bad row in file order); a file that cannot be cut safely is read from the start.
    /// </summary>
    /// <param name="promise">The loaded ssla.yaml.</param>
    /// <param name="csv">The replies CSV, open and seekable, at its start; read to the length it has now.</param>
    /// <param name="asOf">The instant the report is as of.</param>
    /// <param name="skipBadRows">Count and skip bad rows instead of stopping at the first.</param>
    /// <param name="worstBreaches">How many worst breaches to keep per channel and month.</param>
    /// <param name="cancellationToken">Checked every few thousand rows.</param>
    /// <exception cref="ReplyCsvException">The header is unusable, or a bad row was met and not skipped.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TrackRecord Read(Promise promise, FileStream csv, Instant asOf, bool skipBadRows,
        int worstBreaches = TrackRecordBuilder.DefaultWorstBreaches, CancellationToken cancellationToken = default) =>
        Read(promise, csv, asOf, skipBadRows, worstBreaches, RangeBytesFor(csv.Length), Environment.ProcessorCount, cancellationToken);

    // About eight ranges a thread, so a thread slowed by the machine's other work leaves little undone at the end,
    // and none so small that opening a reader per range counts.
    private static long RangeBytesFor(long length) => Math.Clamp(length / (8L * Environment.ProcessorCount), 256 << 10, 16 << 20);

    /// <summary>The file overload with the range size and thread count chosen (tests cut tiny files into many ranges).</summary>
    internal static TrackRecord Read(Promise promise, FileStream csv, Instant asOf, bool skipBadRows, int worstBreaches,
        long rangeBytes, int threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(csv);
        if (CsvRanges.Split(csv.SafeFileHandle, csv.Length, rangeBytes) is not { } split)
        {
            using var text = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            return Read(promise, text, asOf, skipBadRows, worstBreaches, cancellationToken);
        }
        var reader = new ReplyCsvReader([.. promise.Channels.Select(c => c.Id)]);
        ReplyCsvColumns columns;
        using (var header = RangeText(csv, split.Header)) columns = ReplyCsvReader.ReadHeader(header);

        var builder = new TrackRecordBuilder(promise, asOf, worstBreaches);
        var ranges = split.Body;
        var parts = new TrackRecordBuilder[Math.Clamp(threads, 1, Math.Max(1, ranges.Count))];
        parts[0] = builder;
        for (var p = 1; p < parts.Length; p++) parts[p] = builder.NewPart();
        var failures = new ExceptionDispatchInfo?[ranges.Count];
        var next = -1;
        var firstFailed = int.MaxValue;

        // Each thread takes the next range, so its ranges come in file order (its first bad rows are its earliest).
        // After a failure only earlier ranges still run: one of them may hold an earlier bad row.
        void Work(TrackRecordBuilder part)
        {
            Action<BadRow> onBad = skipBadRows ? part.Skip : bad => throw new ReplyCsvException(bad);
            int i;
            while ((i = Interlocked.Increment(ref next)) < ranges.Count && i < Volatile.Read(ref firstFailed))
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    using var text = RangeText(csv, ranges[i]);
                    var counted = 0;
                    foreach (var row in reader.ReadRows(text, columns, ranges[i].FirstLine, onBad))
                    {
                        part.Add(row);
                        if ((++counted & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
                    }
                }
                catch (Exception e)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(e);
                    for (var seen = Volatile.Read(ref firstFailed); i < seen; seen = Volatile.Read(ref firstFailed))
                        if (Interlocked.CompareExchange(ref firstFailed, i, seen) == seen) break;
                    return;
                }
            }
        }

        var others = parts.Skip(1).Select(part => Task.Factory.StartNew(() => Work(part), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Work(parts[0]);
        Task.WaitAll(others, CancellationToken.None); // the workers watch the token themselves
        if (failures.FirstOrDefault(f => f is not null) is { } failure) failure.Throw();
        foreach (var part in parts.Skip(1)) builder.Merge(part);
        return builder.Build();
    }

    // Body ranges are decoded without looking for a byte-order mark: one can only start the file, where the split
    // already stepped over it.
    private static StreamReader RangeText(FileStream csv, CsvRange range) =>
        new(new FileRangeStream(csv.SafeFileHandle, range), RangeEncoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

    private static readonly UTF8Encoding RangeEncoding = new(encoderShouldEmitUTF8Identifier: false);

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
