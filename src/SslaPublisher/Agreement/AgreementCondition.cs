using System.Globalization;
using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>
/// A rule that turns monthly KPI results into an action: "on-time first replies miss their target three months
/// running → review". Data, not prose, so the track record can evaluate it against measured months.
/// </summary>
/// <param name="Kpi">The KPI target the rule watches (always one the agreement sets).</param>
/// <param name="Comparison">What counts as a bad month.</param>
/// <param name="Threshold">The value compared with for <see cref="ConditionComparison.Below"/> and <see cref="ConditionComparison.Above"/>; null for <see cref="ConditionComparison.MissesTarget"/>.</param>
/// <param name="MonthsRunning">How many bad months in a row trigger the action (1 = any single month).</param>
/// <param name="Action">What happens then.</param>
/// <param name="Notes">Anything else, such as who decides (Markdown, in one or more languages), if stated.</param>
public sealed record AgreementCondition(
    KpiTarget Kpi,
    ConditionComparison Comparison,
    decimal? Threshold,
    int MonthsRunning,
    ConditionAction Action,
    LocalizedText? Notes)
{
    /// <summary>True when one month's measured <paramref name="value"/> counts as a bad month.</summary>
    public bool IsBadMonth(decimal value) => Comparison switch
    {
        ConditionComparison.MissesTarget => !Kpi.IsMetBy(value),
        ConditionComparison.Below => value < Threshold!.Value,
        ConditionComparison.Above => value > Threshold!.Value,
        _ => throw new InvalidOperationException($"Unknown comparison {Comparison}."),
    };

    /// <summary>
    /// True when the last <see cref="MonthsRunning"/> months, oldest first, are all bad months. A month without a
    /// measurement (null) breaks the run: missing data is not evidence of a missed target.
    /// </summary>
    public bool IsTriggeredBy(IReadOnlyList<decimal?> monthlyValuesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(monthlyValuesOldestFirst);
        if (monthlyValuesOldestFirst.Count < MonthsRunning) return false;
        return monthlyValuesOldestFirst.Skip(monthlyValuesOldestFirst.Count - MonthsRunning)
            .All(v => v is { } value && IsBadMonth(value));
    }

    /// <summary>The bad-month rule as people read it: <c>misses its target (at least 95%)</c>, <c>is below 85%</c>.</summary>
    public string ComparisonText => Comparison switch
    {
        ConditionComparison.MissesTarget => $"misses its target ({Kpi.TargetText})",
        ConditionComparison.Below => $"is below {Kpi.Kpi.Unit.Format(Threshold!.Value)}",
        _ => $"is above {Kpi.Kpi.Unit.Format(Threshold!.Value)}",
    };

    /// <summary>How long the bad months must run, as people read it: <c>in any month</c>, <c>3 months running</c>.</summary>
    public string RunText => MonthsRunning == 1
        ? "in any month"
        : $"{MonthsRunning.ToString(CultureInfo.InvariantCulture)} months running";

    /// <summary>The action in lower case, as the agreement, the report and the terminal write it: <c>review</c>.</summary>
    public string ActionText => Action.ToString().ToLowerInvariant();

    /// <summary>
    /// The whole rule on one line, the way the report page and the terminal show it:
    /// <c>On-time first replies misses its target (at least 95%) 3 months running → review</c>.
    /// </summary>
    public string Summary => $"{Kpi.Kpi.Name.Default} {ComparisonText} {RunText} → {ActionText}";
}

/// <summary>What makes a month bad for a condition.</summary>
public enum ConditionComparison
{
    /// <summary>The KPI misses its agreed target.</summary>
    MissesTarget,
    /// <summary>The KPI is below an explicit threshold (a floor lower than the target).</summary>
    Below,
    /// <summary>The KPI is above an explicit threshold (a ceiling for lower-is-better KPIs).</summary>
    Above,
}

/// <summary>What a triggered condition leads to.</summary>
public enum ConditionAction
{
    /// <summary>An extra review meeting.</summary>
    Review,
    /// <summary>The terms (targets, fees, scope) are renegotiated.</summary>
    Renegotiate,
    /// <summary>Either party may end the agreement.</summary>
    Terminate,
}
