using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>A KPI the provider is held to.</summary>
/// <param name="Kpi">What is measured.</param>
/// <param name="Target">The target value, in <see cref="KpiDefinition.Unit"/>; a minimum or a maximum by the KPI's direction.</param>
/// <param name="Window">Over what period it is measured.</param>
/// <param name="Notes">How it is measured or any exceptions (Markdown, in one or more languages), if stated.</param>
public sealed record KpiTarget(KpiDefinition Kpi, decimal Target, MeasurementWindow Window, LocalizedText? Notes)
{
    /// <summary>True when a measured <paramref name="value"/> meets the target.</summary>
    public bool IsMetBy(decimal value) => Kpi.Meets(value, Target);

    /// <summary>The target as people read it, with its direction: <c>at least 95%</c>, <c>at most 20m</c>.</summary>
    public string TargetText => (Kpi.Direction == KpiDirection.HigherIsBetter ? "at least " : "at most ") + Kpi.Unit.Format(Target);
}
