using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>What a KPI measures and which way is better.</summary>
/// <param name="Id">snake_case id as written in ssla.yaml (<c>on_time_first_replies</c>).</param>
/// <param name="Name">Display name: the catalog's (English) for a known KPI, the file's for a custom one, in one or more languages.</param>
/// <param name="Unit">Unit of its values and targets.</param>
/// <param name="Direction">Whether a higher or a lower value is better.</param>
/// <param name="Description">What it measures, for the rendered agreement; null for custom KPIs.</param>
/// <param name="IsKnown">True when the KPI comes from <see cref="KpiCatalog"/>, false for a custom one.</param>
public sealed record KpiDefinition(string Id, LocalizedText Name, KpiUnit Unit, KpiDirection Direction, string? Description, bool IsKnown)
{
    /// <summary>True when <paramref name="value"/> meets <paramref name="target"/> (at least it, or at most it when lower is better).</summary>
    public bool Meets(decimal value, decimal target) => Direction == KpiDirection.HigherIsBetter ? value >= target : value <= target;
}

/// <summary>Which way a KPI should move.</summary>
public enum KpiDirection
{
    /// <summary>The target is a minimum (on-time replies, engagement).</summary>
    HigherIsBetter,
    /// <summary>The target is a maximum (median reply time).</summary>
    LowerIsBetter,
}
