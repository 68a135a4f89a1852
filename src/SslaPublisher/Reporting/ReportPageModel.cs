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
    string Language,
    string Direction,
    IReadOnlyDictionary<string, object> T,
    string Title,
    string AsOf,
    string SourceLine,
    ImmutableArray<Rendering.Templates.TrustedHtml> BadRows,
    ImmutableArray<ChannelView> Channels,
    VerdictView? Verdict)
{
    /// <summary>Builds the page model of a track record in the language of <paramref name="strings"/>.</summary>
    /// <param name="record">The track record.</param>
    /// <param name="platforms">Platform names.</param>
    /// <param name="strings">The page's language.</param>
    /// <param name="root">The way from the page to the report folder's root (<c>""</c>, <c>"../"</c>), for badge links.</param>
    public static ReportPageModel From(TrackRecord record, PlatformCatalog platforms, UiStrings strings, string root = "")
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(platforms);
        ArgumentNullException.ThrowIfNull(strings);
        var text = new ReportText(strings);
        var target = record.Verdict?.Kpis.FirstOrDefault(k => k.Target.Kpi.Id == KpiCatalog.OnTimeFirstReplies)?.Target.Target;
        var s = record.Source;
        var source = text["source", ("rows", text.Count(s.Rows)), ("measured", text.Count(s.Measured)),
            ("bad", text.Count(s.BadRowsSkipped)), ("after", text.Count(s.ReceivedAfterAsOf))];
        var asOf = text.Locale.Digits(InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm 'UTC'").Format(record.AsOf));
        return new ReportPageModel(
            strings.Language,
            LanguageTag.Direction(strings.Language),
            strings.ToTree(),
            text["title", ("brand", record.Brand.Name)],
            text["as_of", ("time", Bidi.Ltr(asOf, strings.Language))],
            source,
            [.. s.FirstBadRows.Select(text.BadRow)],
            [.. record.Channels.Select(c => ChannelView.From(c, platforms, target, text, root))],
            record.Verdict is { } v ? VerdictView.From(v, text) : null);
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
    /// <summary>One line per notice whose temporary promise judged some of the channel's interactions.</summary>
    public ImmutableArray<string> Notices { get; init; } = [];

    /// <summary>Builds the view of one channel.</summary>
    public static ChannelView From(ChannelRecord record, PlatformCatalog platforms, decimal? target, ReportText text, string root = "")
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(platforms);
        ArgumentNullException.ThrowIfNull(text);
        var c = record.Channel;
        var platform = platforms[c.Platform].DisplayName;
        var within = text.Strings.ReplyTime(c, UnitWidth.Wide);
        // Free-text off-hours rules usually end with a full stop; the sentence adds its own.
        var offHours = c.Reply.OffHours.Text is { } free
            ? free.In(text.Strings.Language).Text.TrimEnd().TrimEnd('.')
            : text["next_opening"];
        var promise = text["promise", ("duration", text.Strings.ReplyPromise(c)), ("off_hours", offHours)];
        var onTime = ReportChart.Percentages(text["on_time_chart_label", ("platform", platform), ("channel", c.Id)],
            [.. record.Months.Select(m => (text.MonthShort(m.Month), m.Summary.OnTimePercent,
                text["on_time_bar", ("month", text.MonthLong(m.Month)), ("percent", text.Percent(m.Summary.OnTimePercent)),
                    ("on_time", text.Count(m.Summary.OnTime)), ("decided", text.Count(m.Summary.Decided))]))],
            target, text);
        // The chart's axis is staffed time; a promise in days has no single staffed-time mark, so no bar is marked.
        var withinSeconds = c.Reply.Within.HasDays ? -1 : (long)c.Reply.Within.Staffed.TotalSeconds;
        var distribution = ReportChart.Counts(text["distribution_chart_label", ("platform", platform), ("channel", c.Id), ("duration", within)],
            [.. record.Total.Distribution.Select((b, i) => (BucketLabel(record.Total.Distribution, i, text), b.Count, b.UpToSeconds is { } up && up <= withinSeconds))], text);
        var badge = root + Rendering.Badges.BadgePaths.Svg(TrackRecordBadges.Name(c.Id), Rendering.Badges.BadgeStyle.Flat);
        var badgeAlt = text["badge_alt", ("platform", platform), ("percent", text.Percent(record.Recent.OnTimePercent)),
            ("days", text.Count(ChannelRecord.RecentDays))];
        // The city the reader knows ("New York", "ニューヨーク"), not the IANA id; the agreement keeps the id.
        var zone = text.Strings.FormatWithCity("report.zone", Bidi.Isolate(Schedule.ZoneLabels.CityIn(c.TimeZone, text.Locale), text.Strings.Language));
        return new ChannelView(c.Id, platform, promise, zone, badge, badgeAlt,
            SummaryView.From(text["all_months"], record.Total, text),
            [.. record.Months.Select(m => SummaryView.From(text.MonthShort(m.Month), m.Summary, text))],
            onTime, distribution,
            [.. record.Total.WorstBreaches.Select(b => BreachView.From(b, c.TimeZone, text))])
        {
            Notices = [.. record.Notices.Select(n => NoticeLine(n, c, text))],
        };
    }

    // "Notice storm-jan, 2027-01-11 06:00 – 2027-01-12 18:00: judged against its temporary promise, a reply within
    // 2 hours; 40 of 42 on time (95.2%)." The id is an ASCII slug: isolated left to right on RTL pages.
    private static string NoticeLine(NoticeRecord notice, Definition.Channel c, ReportText text)
    {
        var p = notice.Promise;
        var staffedEveryDay = new Schedule.ChannelSchedule(c).IsStaffedEveryDay;
        (string, string)[] values =
        [
            ("notice", Bidi.Ltr(p.NoticeId, text.Strings.Language)),
            ("from", text.Local(p.From, c.TimeZone)),
            ("until", p.Until is { } until ? text.Local(until, c.TimeZone) : ""),
            ("duration", text.Strings.ReplyPromise(p.Within, staffedEveryDay)),
            ("on_time", text.Count(notice.Summary.OnTime)),
            ("decided", text.Count(notice.Summary.Decided)),
            ("percent", text.Percent(notice.Summary.OnTimePercent)),
        ];
        return text[p.Until is null ? "notice_promise_open" : "notice_promise", values];
    }

    // "≤ 5m" … "> 2d", with the bounds in the language's units: a bucket up to a bound, the open last one beyond the
    // bound before it.
    private static string BucketLabel(ImmutableArray<DistributionBucket> buckets, int index, ReportText text) =>
        buckets[index].UpToSeconds is { } up
            ? "≤ " + text.Elapsed(up)
            : "> " + text.Elapsed(buckets[index - 1].UpToSeconds);
}

/// <summary>One row of a channel's table.</summary>
public sealed record SummaryView(
    string Label, string Total, string OnTime, string Late, string Missed, string Pending, string NoPromise,
    string OnTimePercent, string WallMedian, string WallP90, string StaffedMedian, string StaffedP90)
{
    /// <summary>Formats a summary.</summary>
    public static SummaryView From(string label, OutcomeSummary s, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(text);
        return new(label,
            text.Count(s.Total), text.Count(s.OnTime), text.Count(s.Late), text.Count(s.Missed),
            text.Count(s.Pending), text.Count(s.NoPromise), text.Percent(s.OnTimePercent),
            text.Elapsed(s.WallTime.MedianSeconds), text.Elapsed(s.WallTime.P90Seconds),
            text.Elapsed(s.StaffedTime.MedianSeconds), text.Elapsed(s.StaffedTime.P90Seconds));
    }
}

/// <summary>One worst breach, in the channel's local time.</summary>
public sealed record BreachView(string Line, string Outcome, string Received, string Due, string FirstReply, string LateBy)
{
    /// <summary>Formats a breach in <paramref name="zone"/>.</summary>
    public static BreachView From(Breach b, DateTimeZone zone, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(text);
        return new(
            b.Line.ToString(CultureInfo.InvariantCulture),
            b.Outcome == Reporting.Outcome.Late ? text["breach.late"] : text["breach.missed"],
            text.Local(b.Received, zone),
            text.Local(b.Due, zone),
            b.FirstReply is { } r ? text.Local(r, zone) : text["breach.no_reply"],
            (b.Outcome == Reporting.Outcome.Missed ? "≥ " : "") + text.Elapsed((long)b.Lateness.TotalSeconds));
    }
}

/// <summary>The agreement verdict section.</summary>
public sealed record VerdictView(string Heading, ImmutableArray<string> MonthLabels, ImmutableArray<KpiView> Kpis, ImmutableArray<ConditionView> Conditions)
{
    /// <summary>Formats a verdict.</summary>
    public static VerdictView From(AgreementVerdict v, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(text);
        return new(
            text["verdict_heading", ("from", text.MonthLong(v.Months[0])), ("to", text.MonthLong(v.Months[^1]))],
            [.. v.Months.Select(text.MonthShort)],
            [.. v.Kpis.Select(k => new KpiView(text.Terms.KpiName(k.Target.Kpi), text.Terms.Target(k.Target), StatusText(k.Status, text), StatusCss(k.Status),
                k.Months.IsEmpty ? [.. v.Months.Select(m => new KpiMonthView(text.MonthShort(m), "–", "", "none"))] : [.. k.Months.Select(m => new KpiMonthView(text.MonthShort(m.Month),
                    m.Value is { } value ? text.Terms.Value(k.Target.Kpi.Unit, Math.Round(value, 1, MidpointRounding.AwayFromZero), text.Locale.CompactWidth) : text["status.no_data"],
                    m.Channel ?? "", m.Met switch { true => "ok", false => "bad", null => "none" }))]))],
            [.. v.Conditions.Select(c => new ConditionView(
                text.Terms.ConditionSentence(c.Condition),
                !c.Evaluated ? text["condition.not_measured"] : c.Triggered ? text["condition.triggered"] : text["condition.not_triggered"],
                !c.Evaluated ? "none" : c.Triggered ? "bad" : "ok"))]);
    }

    private static string StatusText(VerdictStatus s, ReportText text) => s switch
    {
        VerdictStatus.Met => text["status.met"],
        VerdictStatus.Missed => text["status.missed"],
        VerdictStatus.NoData => text["status.no_data"],
        _ => text["status.not_measured"],
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
