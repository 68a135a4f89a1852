using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Agreement;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;

using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Reporting;

/// <summary>What <c>templates/report/report.html.sbn</c> reads: every value a ready string, escaped on output.</summary>
public sealed record ReportPageModel(
    string BrandName,
    string AsOf,
    string SourceLine,
    ImmutableArray<string> BadRows,
    ImmutableArray<ChannelView> Channels,
    VerdictView? Verdict)
{
    /// <summary>Builds the page model of a track record.</summary>
    public static ReportPageModel From(TrackRecord record, PlatformCatalog platforms, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(platforms);
        var target = record.Verdict?.Kpis.FirstOrDefault(k => k.Target.Kpi.Id == KpiCatalog.OnTimeFirstReplies)?.Target.Target;
        var s = record.Source;
        var source = $"{ReportFormat.Count(s.Rows)} rows read · {ReportFormat.Count(s.Measured)} measured · " +
                     $"{ReportFormat.Count(s.BadRowsSkipped)} bad row(s) skipped · {ReportFormat.Count(s.ReceivedAfterAsOf)} received after as-of";
        return new ReportPageModel(
            record.Brand.Name,
            InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm 'UTC'").Format(record.AsOf),
            source,
            [.. s.FirstBadRows.Select(b => b.Describe())],
            [.. record.Channels.Select(c => ChannelView.From(c, platforms, target, strings))],
            record.Verdict is { } v ? VerdictView.From(v) : null);
    }
}

/// <summary>One channel's section of the page.</summary>
public sealed record ChannelView(
    string Id,
    string Platform,
    string Promise,
    string Zone,
    string Badge,
    string BadgeAlt,
    SummaryView Total,
    ImmutableArray<SummaryView> Months,
    ReportChart OnTimeChart,
    ReportChart DistributionChart,
    ImmutableArray<BreachView> Breaches)
{
    /// <summary>Builds the view of one channel.</summary>
    public static ChannelView From(ChannelRecord record, PlatformCatalog platforms, decimal? target, UiStrings strings)
    {
        var c = record.Channel;
        var platform = platforms[c.Platform].DisplayName;
        var within = strings.ReplyTime(c, UnitWidth.Wide);
        // Free-text off-hours rules usually end with a full stop; the template adds its own after the sentence.
        var promise = $"Reply within {strings.ReplyPromise(c)}; off hours: " + (c.Reply.OffHours.Text?.Default.TrimEnd().TrimEnd('.') ?? "clock starts at the next opening");
        var onTime = ReportChart.Percentages($"On-time first replies per month on {platform} ({c.Id})",
            [.. record.Months.Select(m => (MonthShort(m.Month), m.Summary.OnTimePercent,
                $"{MonthLong(m.Month)}: {ReportFormat.Percent(m.Summary.OnTimePercent)} on time ({m.Summary.OnTime} of {m.Summary.Decided})"))],
            target);
        // The chart's axis is staffed time; a promise in days has no single staffed-time mark, so no bar is marked.
        var withinSeconds = c.Reply.Within.HasDays ? -1 : (long)c.Reply.Within.Staffed.TotalSeconds;
        var distribution = ReportChart.Counts($"First replies by staffed time on {platform} ({c.Id}); promise {within}",
            [.. record.Total.Distribution.Select(b => (b.Label, b.Count, b.UpToSeconds is { } up && up <= withinSeconds))]);
        var badge = Rendering.Badges.BadgePaths.Svg(TrackRecordBadges.Name(c.Id), Rendering.Badges.BadgeStyle.Flat);
        var badgeAlt = $"{platform} on time: {ReportFormat.Percent(record.Recent.OnTimePercent)} over the last {ChannelRecord.RecentDays} days";
        return new ChannelView(c.Id, platform, promise, c.TimeZone.Id, badge, badgeAlt,
            SummaryView.From("All months", record.Total),
            [.. record.Months.Select(m => SummaryView.From(MonthLong(m.Month), m.Summary))],
            onTime, distribution,
            [.. record.Total.WorstBreaches.Select(b => BreachView.From(b, c.TimeZone))]);
    }

    private static string MonthShort(YearMonth m) => m.ToString("MMM ''yy", CultureInfo.InvariantCulture);

    internal static string MonthLong(YearMonth m) => m.ToString("MMMM uuuu", CultureInfo.InvariantCulture);
}

/// <summary>One row of a channel's table.</summary>
public sealed record SummaryView(
    string Label, string Total, string OnTime, string Late, string Missed, string Pending, string NoPromise,
    string OnTimePercent, string WallMedian, string WallP90, string StaffedMedian, string StaffedP90)
{
    /// <summary>Formats a summary.</summary>
    public static SummaryView From(string label, OutcomeSummary s) => new(label,
        ReportFormat.Count(s.Total), ReportFormat.Count(s.OnTime), ReportFormat.Count(s.Late), ReportFormat.Count(s.Missed),
        ReportFormat.Count(s.Pending), ReportFormat.Count(s.NoPromise), ReportFormat.Percent(s.OnTimePercent),
        ReportFormat.Seconds(s.WallTime.MedianSeconds), ReportFormat.Seconds(s.WallTime.P90Seconds),
        ReportFormat.Seconds(s.StaffedTime.MedianSeconds), ReportFormat.Seconds(s.StaffedTime.P90Seconds));
}

/// <summary>One worst breach, in the channel's local time.</summary>
public sealed record BreachView(string Line, string Outcome, string Received, string Due, string FirstReply, string LateBy)
{
    private static readonly ZonedDateTimePattern Local = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd HH':'mm", null);

    /// <summary>Formats a breach in <paramref name="zone"/>.</summary>
    public static BreachView From(Breach b, DateTimeZone zone) => new(
        b.Line.ToString(CultureInfo.InvariantCulture),
        b.Outcome == Reporting.Outcome.Late ? "late" : "missed",
        Local.Format(b.Received.InZone(zone)),
        Local.Format(b.Due.InZone(zone)),
        b.FirstReply is { } r ? Local.Format(r.InZone(zone)) : "no reply",
        (b.Outcome == Reporting.Outcome.Missed ? "≥ " : "") + ReportFormat.Seconds((long)b.Lateness.TotalSeconds));
}

/// <summary>The agreement verdict section.</summary>
public sealed record VerdictView(string Months, ImmutableArray<string> MonthLabels, ImmutableArray<KpiView> Kpis, ImmutableArray<ConditionView> Conditions)
{
    /// <summary>Formats a verdict.</summary>
    public static VerdictView From(AgreementVerdict v) => new(
        $"{ChannelView.MonthLong(v.Months[0])} – {ChannelView.MonthLong(v.Months[^1])}",
        [.. v.Months.Select(ChannelView.MonthLong)],
        [.. v.Kpis.Select(k => new KpiView(k.Target.Kpi.Name, k.Target.TargetText, StatusText(k.Status), StatusCss(k.Status),
            k.Months.IsEmpty ? [.. v.Months.Select(m => new KpiMonthView(ChannelView.MonthLong(m), "–", "", "none"))] : [.. k.Months.Select(m => new KpiMonthView(ChannelView.MonthLong(m.Month),
                m.Value is { } value ? k.Target.Kpi.Unit.Format(Math.Round(value, 1, MidpointRounding.AwayFromZero)) : "no data",
                m.Channel ?? "", m.Met switch { true => "ok", false => "bad", null => "none" }))]))],
        [.. v.Conditions.Select(c => new ConditionView(
            c.Condition.Summary,
            !c.Evaluated ? "not measured here" : c.Triggered ? "TRIGGERED" : "not triggered",
            !c.Evaluated ? "none" : c.Triggered ? "bad" : "ok"))]);

    private static string StatusText(VerdictStatus s) => s switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.Missed => "missed",
        VerdictStatus.NoData => "no data",
        _ => "not measured from reply data",
    };

    private static string StatusCss(VerdictStatus s) => s switch
    {
        VerdictStatus.Met => "ok",
        VerdictStatus.Missed => "bad",
        _ => "none",
    };
}

/// <summary>One KPI's verdict row.</summary>
public sealed record KpiView(string Name, string Target, string Status, string Css, ImmutableArray<KpiMonthView> Months);

/// <summary>One KPI's value in one month.</summary>
public sealed record KpiMonthView(string Month, string Value, string Channel, string Css);

/// <summary>One condition's verdict row.</summary>
public sealed record ConditionView(string Text, string Status, string Css);
