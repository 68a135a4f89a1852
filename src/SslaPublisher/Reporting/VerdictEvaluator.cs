using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Agreement;

namespace SslaPublisher.Reporting;

/// <summary>Checks an agreement's KPIs and conditions against measured channel months.</summary>
/// <remarks>
/// <para>Two KPIs come from reply data: <c>on_time_first_replies</c> (on-time %) and <c>first_reply_median</c>
/// (median first reply in staffed minutes).</para>
/// <para>On-time % is judged on the <em>worst channel</em> each month (the lowest among channels with data): each
/// channel makes its own promise, and a busy channel doing well must not hide a quiet one breaking its promise.
/// The median is absolute minutes, not relative to a promise, so it is pooled over all channels' first replies:
/// taken per channel, a channel promising "within 2 days" would always set it and the KPI would say nothing.</para>
/// <para>Only complete calendar months count (months before the as-of month, in the brand's zone; each channel's
/// months are in its own zone): a half-measured month would judge the provider on a partial picture. The verdict
/// covers the last three; conditions see every complete month from the first with data, so "N months running"
/// works for any N. A month with no data breaks a run, as <see cref="AgreementCondition.IsTriggeredBy"/> defines.</para>
/// <para>KPIs are judged per calendar month whatever their stated window; other KPIs are reported as not measured.</para>
/// </remarks>
public static class VerdictEvaluator
{
    /// <summary>How many complete months the verdict judges.</summary>
    public const int JudgedMonths = 3;

    /// <summary>Evaluates <paramref name="agreement"/> against <paramref name="channels"/>.</summary>
    /// <param name="agreement">The agreement with KPIs and conditions.</param>
    /// <param name="channels">Measured channels.</param>
    /// <param name="pooledMedianSeconds">Median staffed first reply per month over all channels' replies.</param>
    /// <param name="asOfMonth">The month of as-of in the brand's zone; it and later months are incomplete.</param>
    public static AgreementVerdict Evaluate(AgreementDefinition agreement, ImmutableArray<ChannelRecord> channels,
        IReadOnlyDictionary<YearMonth, long?> pooledMedianSeconds, YearMonth asOfMonth)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var lastComplete = asOfMonth.PlusMonths(-1);
        var judged = Enumerable.Range(0, JudgedMonths).Select(i => lastComplete.PlusMonths(i - JudgedMonths + 1)).ToImmutableArray();
        var firstWithData = channels.SelectMany(c => c.Months).Select(m => m.Month).Where(m => m <= lastComplete).DefaultIfEmpty(judged[0]).Min();
        var history = new List<YearMonth>();
        for (var m = firstWithData < judged[0] ? firstWithData : judged[0]; m <= lastComplete; m = m.PlusMonths(1)) history.Add(m);

        var kpis = agreement.Kpis.Select(target =>
        {
            if (!IsMeasured(target.Kpi.Id)) return new KpiVerdict(target, VerdictStatus.NotMeasured, []);
            var months = judged.Select(m => ValueIn(target, channels, pooledMedianSeconds, m)).ToImmutableArray();
            var status = months.All(m => m.Met is null) ? VerdictStatus.NoData
                : months.Any(m => m.Met == false) ? VerdictStatus.Missed
                : VerdictStatus.Met;
            return new KpiVerdict(target, status, months);
        }).ToImmutableArray();

        var conditions = agreement.Conditions.Select(condition =>
        {
            if (!IsMeasured(condition.Kpi.Kpi.Id)) return new ConditionVerdict(condition, Evaluated: false, Triggered: false);
            var series = history.Select(m => ValueIn(condition.Kpi, channels, pooledMedianSeconds, m).Value).ToList();
            return new ConditionVerdict(condition, Evaluated: true, condition.IsTriggeredBy(series));
        }).ToImmutableArray();

        return new AgreementVerdict(judged, kpis, conditions);
    }

    /// <summary>True for the KPIs reply data can measure.</summary>
    public static bool IsMeasured(string kpiId) =>
        kpiId is KpiCatalog.OnTimeFirstReplies or FirstReplyMedian;

    private const string FirstReplyMedian = "first_reply_median";

    private static KpiMonth ValueIn(KpiTarget target, ImmutableArray<ChannelRecord> channels,
        IReadOnlyDictionary<YearMonth, long?> pooledMedianSeconds, YearMonth month)
    {
        if (target.Kpi.Id == FirstReplyMedian)
        {
            var median = pooledMedianSeconds.GetValueOrDefault(month) is { } seconds ? seconds / 60m : (decimal?)null;
            return new KpiMonth(month, median, median is null ? null : "all channels", median is { } m ? target.IsMetBy(m) : null);
        }
        decimal? worst = null;
        string? worstChannel = null;
        foreach (var channel in channels)
        {
            var summary = channel.Months.FirstOrDefault(m => m.Month == month)?.Summary;
            if (summary?.OnTimePercent is not { } v) continue;
            // The first channel in ssla.yaml order wins ties, so the named channel is stable.
            if (worst is null || v < worst)
            {
                worst = v;
                worstChannel = channel.Channel.Id;
            }
        }
        return new KpiMonth(month, worst, worstChannel, worst is { } w ? target.IsMetBy(w) : null);
    }
}
