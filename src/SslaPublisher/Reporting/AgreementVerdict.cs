using System.Collections.Immutable;
using NodaTime;
using SslaPublisher.Agreement;

namespace SslaPublisher.Reporting;

/// <summary>The agreement's targets and conditions checked against the measured months.</summary>
/// <param name="Months">The months judged: the last three complete calendar months before as-of, oldest first.</param>
/// <param name="Kpis">One verdict per KPI of the agreement, in agreement order.</param>
/// <param name="Conditions">One verdict per review/termination condition, in agreement order.</param>
public sealed record AgreementVerdict(
    ImmutableArray<YearMonth> Months,
    ImmutableArray<KpiVerdict> Kpis,
    ImmutableArray<ConditionVerdict> Conditions)
{
    /// <summary>True when any condition is triggered.</summary>
    public bool AnyTriggered => Conditions.Any(c => c.Triggered);
}

/// <summary>Whether one KPI met its target over the judged months.</summary>
/// <param name="Target">The KPI and its target.</param>
/// <param name="Status">Met, missed, no data, or not measured by the track record.</param>
/// <param name="Months">The measured value per judged month (empty when not measured).</param>
public sealed record KpiVerdict(KpiTarget Target, VerdictStatus Status, ImmutableArray<KpiMonth> Months);

/// <summary>One KPI's value in one month.</summary>
/// <param name="Month">The calendar month.</param>
/// <param name="Value">The value in the KPI's unit; null when no channel had data.</param>
/// <param name="Channel">Whose value it is: the worst channel's id (on-time %) or <c>all channels</c> (pooled median); null with no data.</param>
/// <param name="Met">Whether the value meets the target; null with no data.</param>
public sealed record KpiMonth(YearMonth Month, decimal? Value, string? Channel, bool? Met);

/// <summary>Whether a review, renegotiation or termination condition is triggered.</summary>
/// <param name="Condition">The condition as the agreement states it.</param>
/// <param name="Evaluated">False when its KPI is not one the track record measures.</param>
/// <param name="Triggered">True when the last <c>MonthsRunning</c> complete months were all bad months.</param>
public sealed record ConditionVerdict(AgreementCondition Condition, bool Evaluated, bool Triggered);

/// <summary>The verdict on one KPI.</summary>
public enum VerdictStatus
{
    /// <summary>Every judged month with data met the target.</summary>
    Met,
    /// <summary>At least one judged month missed the target.</summary>
    Missed,
    /// <summary>The KPI is measured here, but no judged month has data.</summary>
    NoData,
    /// <summary>The KPI (CSAT, engagement, …) is not measured from reply data.</summary>
    NotMeasured,
}
