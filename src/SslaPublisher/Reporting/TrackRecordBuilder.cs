using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Reporting;

/// <summary>
/// Streams rows into per-channel, per-month tallies, then builds the <see cref="TrackRecord"/>. Memory depends on
/// channels × months, never on the number of rows.
/// </summary>
public sealed class TrackRecordBuilder
{
    /// <summary>How many worst breaches each channel and month keeps unless told otherwise.</summary>
    public const int DefaultWorstBreaches = 5;

    /// <summary>How many skipped bad rows are kept for display (all are counted).</summary>
    public const int BadRowsShown = 10;

    private readonly Promise _promise;
    private readonly int _worstBreaches;
    private readonly ChannelState[] _channels;
    private readonly List<BadRow> _firstBadRows = [];
    private readonly ByMonth<DurationHistogram> _pooledStaffed = new(() => new DurationHistogram());
    private readonly Instant _recentFrom;
    private long _rows, _measured, _badRows, _afterAsOf;

    /// <summary>Starts an empty track record of <paramref name="promise"/> as of <paramref name="asOf"/>.</summary>
    public TrackRecordBuilder(Promise promise, Instant asOf, int worstBreaches = DefaultWorstBreaches)
        // Notices count: a message received in a notice's window is judged by the promise customers were given then.
        : this(promise ?? throw new ArgumentNullException(nameof(promise)), asOf, worstBreaches,
            [.. promise.Channels.Select(c => new ReplyMeasurer(ChannelSchedule.For(promise, c), asOf))])
    {
    }

    private TrackRecordBuilder(Promise promise, Instant asOf, int worstBreaches, ReplyMeasurer[] measurers)
    {
        _promise = promise;
        AsOf = asOf;
        _recentFrom = asOf - Duration.FromDays(ChannelRecord.RecentDays);
        _worstBreaches = worstBreaches;
        _channels = [.. promise.Channels.Select((c, i) => new ChannelState(c, measurers[i], worstBreaches))];
    }

    /// <summary>
    /// An empty builder for another thread's share of the rows, measuring with the same schedules (they are safe to
    /// share, and each builds its timeline once); <see cref="Merge"/> adds it back.
    /// </summary>
    internal TrackRecordBuilder NewPart() => new(_promise, AsOf, _worstBreaches, [.. _channels.Select(c => c.Measurer)]);

    /// <summary>
    /// Adds everything <paramref name="part"/> (from <see cref="NewPart"/>) counted: the result is the one adding all its
    /// rows here would give, whatever the order (sums, histograms, the N worst of a total order, the first bad rows by line).
    /// </summary>
    internal void Merge(TrackRecordBuilder part)
    {
        ArgumentNullException.ThrowIfNull(part);
        _rows += part._rows;
        _measured += part._measured;
        _badRows += part._badRows;
        _afterAsOf += part._afterAsOf;
        var firstBad = _firstBadRows.Concat(part._firstBadRows).OrderBy(b => b.Line).Take(BadRowsShown).ToList();
        _firstBadRows.Clear();
        _firstBadRows.AddRange(firstBad);
        foreach (var (month, histogram) in part._pooledStaffed) _pooledStaffed.Of(month).AddAll(histogram);
        for (var c = 0; c < _channels.Length; c++)
        {
            var (mine, theirs) = (_channels[c], part._channels[c]);
            mine.Total.AddAll(theirs.Total);
            mine.Recent.AddAll(theirs.Recent);
            foreach (var (month, tally) in theirs.Months) mine.Months.Of(month).AddAll(tally);
            foreach (var (notice, tally) in theirs.Notices) mine.Notice(notice).AddAll(tally);
        }
    }

    /// <summary>The instant the report is as of.</summary>
    public Instant AsOf { get; }

    /// <summary>Adds one parsed row: measured, or counted as received after as-of.</summary>
    // This and the other per-row methods (ReplyCsvReader.Parse, InstantText, ReplyMeasurer.Measure, OutcomeTally.Add,
    // DurationHistogram.Add, WorstBreaches.Offer, StaffedTimeline) are compiled optimised on first call: a report
    // calls them a million times within a second or two, most of which tiered compilation spent in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReplyRow row)
    {
        _rows++;
        if (row.Received > AsOf)
        {
            _afterAsOf++;
            return;
        }
        _measured++;
        var state = _channels[row.ChannelIndex];
        var measurement = state.Measurer.Measure(row);
        state.Total.Add(measurement);
        if (row.Received > _recentFrom) state.Recent.Add(measurement);
        var month = YearMonthOf(row.Received, state.Channel.TimeZone);
        state.Months.Of(month).Add(measurement);
        if (measurement.Temporary is { } temporary) state.Notice(temporary.NoticeId).Add(measurement);
        if (measurement.StaffedTime is { } staffed) _pooledStaffed.Of(month).Add((long)staffed.TotalSeconds);
    }

    /// <summary>Counts a bad row that was skipped (<c>--skip-bad-rows</c>); the first few are kept for display.</summary>
    public void Skip(BadRow bad)
    {
        ArgumentNullException.ThrowIfNull(bad);
        _rows++;
        _badRows++;
        if (_firstBadRows.Count < BadRowsShown) _firstBadRows.Add(bad);
    }

    /// <summary>The track record of everything added, with the agreement verdict when the promise has one.</summary>
    public TrackRecord Build()
    {
        var channels = _channels
            .Select(s => new ChannelRecord(s.Channel, s.Total.ToSummary(), s.Recent.ToSummary(),
                [.. s.Months.Select(m => new MonthRecord(m.Key, m.Value.ToSummary()))])
            {
                Notices = [.. s.Measurer.Schedule.TemporaryPromises
                    .Where(t => s.Notices.ContainsKey(t.NoticeId))
                    .Select(t => new NoticeRecord(t, s.Notices[t.NoticeId].ToSummary()))],
            })
            .ToImmutableArray();
        var verdict = _promise.Agreement is { } agreement
            ? VerdictEvaluator.Evaluate(agreement, channels,
                _pooledStaffed.ToDictionary(p => p.Key, p => p.Value.Percentile(0.5)), YearMonthOf(AsOf, _promise.Brand.TimeZone))
            : null;
        return new TrackRecord(_promise.Brand, AsOf, channels,
            new SourceCounts(_rows, _measured, _badRows, _afterAsOf, [.. _firstBadRows]), verdict);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YearMonth YearMonthOf(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        return new YearMonth(date.Year, date.Month);
    }

    private sealed class ChannelState(Channel channel, ReplyMeasurer measurer, int worstBreaches)
    {
        public Channel Channel { get; } = channel;
        public ReplyMeasurer Measurer { get; } = measurer;
        public OutcomeTally Total { get; } = new(worstBreaches);
        public OutcomeTally Recent { get; } = new(0);
        public ByMonth<OutcomeTally> Months { get; } = new(() => new OutcomeTally(worstBreaches));
        public Dictionary<string, OutcomeTally> Notices { get; } = new(StringComparer.Ordinal);

        // The tally of replies measured under notice <id>'s temporary promise, made when first needed.
        public OutcomeTally Notice(string id)
        {
            if (!Notices.TryGetValue(id, out var tally)) Notices.Add(id, tally = new OutcomeTally(worstBreaches));
            return tally;
        }
    }
}
