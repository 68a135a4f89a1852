using System.Collections.Immutable;
using NodaTime;

namespace SslaPublisher.Agreement;

/// <summary>
/// The internal agreement behind the public promise: who runs the channels for whom, what is in scope, the KPIs,
/// the crisis plan, and when the agreement is reviewed, renegotiated or ended.
/// </summary>
/// <remarks>
/// Response times are deliberately absent: they are the channels' promises (<c>Channel.Reply</c> and hours), and the
/// rendered agreement reads them from there, so the public promise and the contract can never disagree.
/// </remarks>
/// <param name="Parties">The company and the provider running its social channels.</param>
/// <param name="Effective">The date the agreement takes effect, if stated.</param>
/// <param name="Scope">The services the provider delivers, in file order.</param>
/// <param name="Kpis">KPIs with targets and measurement windows, in file order.</param>
/// <param name="CrisisPlan">Severity levels, who is called and the holding statements, if stated.</param>
/// <param name="Review">Review cadence and termination notice, if stated.</param>
/// <param name="Conditions">When a KPI result triggers a review, a renegotiation or termination, in file order.</param>
public sealed record AgreementDefinition(
    AgreementParties Parties,
    LocalDate? Effective,
    ImmutableArray<ServiceItem> Scope,
    ImmutableArray<KpiTarget> Kpis,
    CrisisPlan? CrisisPlan,
    ReviewTerms? Review,
    ImmutableArray<AgreementCondition> Conditions)
{
    /// <summary>The KPI target with <paramref name="kpiId"/>, or null when the agreement does not set one.</summary>
    public KpiTarget? FindKpi(string kpiId) => Kpis.FirstOrDefault(k => string.Equals(k.Kpi.Id, kpiId, StringComparison.Ordinal));
}
