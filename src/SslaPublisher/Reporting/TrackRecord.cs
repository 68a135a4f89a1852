using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Reporting;

/// <summary>The measured track record of every channel of a promise, as of one instant: the report model.</summary>
/// <param name="Brand">Whose promise it is.</param>
/// <param name="AsOf">The instant the report is as of.</param>
/// <param name="Channels">Every channel of the promise, in ssla.yaml order, including those with no rows.</param>
/// <param name="Source">How many rows were read, skipped and left out.</param>
/// <param name="Verdict">The agreement verdict, when the promise has an agreement.</param>
public sealed record TrackRecord(
    Brand Brand,
    Instant AsOf,
    ImmutableArray<ChannelRecord> Channels,
    SourceCounts Source,
    AgreementVerdict? Verdict);

/// <summary>One channel's track record: overall, over the recent window, and per month.</summary>
/// <param name="Channel">The channel and its promise.</param>
/// <param name="Total">Every month together.</param>
/// <param name="Recent">Interactions received in the last <see cref="RecentDays"/> days before as-of (the badge figure).</param>
/// <param name="Months">Per calendar month in the channel's zone, oldest first; only months with rows.</param>
public sealed record ChannelRecord(Channel Channel, OutcomeSummary Total, OutcomeSummary Recent, ImmutableArray<MonthRecord> Months)
{
    /// <summary>Length of the recent window: the "· 90 d" of a track-record badge.</summary>
    public const int RecentDays = 90;

    /// <summary>
    /// The interactions measured against a notice's temporary promise (received in its window), per notice in file
    /// order; only notices with rows. They are in <see cref="Total"/> and the months too, judged by that promise.
    /// </summary>
    public ImmutableArray<NoticeRecord> Notices { get; init; } = [];
}

/// <summary>One channel's outcomes under one notice's temporary promise.</summary>
/// <param name="Promise">The temporary promise and its window.</param>
/// <param name="Summary">The interactions received in the window, judged against it.</param>
public sealed record NoticeRecord(Schedule.TemporaryPromise Promise, OutcomeSummary Summary);

/// <summary>One channel's outcomes in one calendar month of its own zone.</summary>
public sealed record MonthRecord(YearMonth Month, OutcomeSummary Summary);

/// <summary>What happened to the rows of the CSV: nothing is dropped without being counted here.</summary>
/// <param name="Rows">Data rows read (blank lines are not rows).</param>
/// <param name="Measured">Rows measured (in the channel figures).</param>
/// <param name="BadRowsSkipped">Bad rows skipped with <c>--skip-bad-rows</c>.</param>
/// <param name="ReceivedAfterAsOf">Rows received after as-of: not measured, since they had not happened then.</param>
/// <param name="FirstBadRows">The first few skipped bad rows, to show where to look.</param>
public sealed record SourceCounts(long Rows, long Measured, long BadRowsSkipped, long ReceivedAfterAsOf, ImmutableArray<BadRow> FirstBadRows);
