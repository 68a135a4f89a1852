using System.Collections.Immutable;
using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>The KPIs an agreement can name without defining them: each with its unit and direction.</summary>
/// <remarks>
/// A fixed unit per known KPI is what lets the loader reject "engagement_rate: 140" as out of range and lets the
/// track record (issue 9) compare measured values with targets without guessing what the numbers mean.
/// </remarks>
public static class KpiCatalog
{
    /// <summary>The KPI measured against each channel's public reply promise; the track record evaluates it.</summary>
    public const string OnTimeFirstReplies = "on_time_first_replies";

    /// <summary>Every known KPI, in the order docs list them.</summary>
    public static ImmutableArray<KpiDefinition> Known { get; } =
    [
        Define(OnTimeFirstReplies, "On-time first replies", KpiUnit.Percent, KpiDirection.HigherIsBetter,
            "Share of first replies sent within the channel's published reply promise."),
        Define("first_reply_median", "Median first reply time", KpiUnit.Minutes, KpiDirection.LowerIsBetter,
            "Median time to the first reply, counted in staffed hours."),
        Define("response_rate", "Response rate", KpiUnit.Percent, KpiDirection.HigherIsBetter,
            "Share of messages and mentions needing a reply that got one."),
        Define("first_contact_resolution", "First-contact resolution", KpiUnit.Percent, KpiDirection.HigherIsBetter,
            "Share of conversations resolved without a second contact."),
        Define("engagement_rate", "Engagement rate", KpiUnit.Percent, KpiDirection.HigherIsBetter,
            "Interactions (reactions, comments, shares, saves) divided by reach."),
        Define("follower_growth", "Follower growth", KpiUnit.PercentPerMonth, KpiDirection.HigherIsBetter,
            "Net change in followers across the channels, per month."),
        Define("qualified_leads", "Qualified leads", KpiUnit.Count, KpiDirection.HigherIsBetter,
            "Leads from social that sales accepted as qualified."),
        Define("posts_published", "Posts published", KpiUnit.Count, KpiDirection.HigherIsBetter,
            "Posts published across the channels as planned."),
        Define("csat", "Customer satisfaction (CSAT)", KpiUnit.Score5, KpiDirection.HigherIsBetter,
            "Average post-conversation rating on a 1–5 scale."),
        Define("nps", "Net Promoter Score", KpiUnit.Nps, KpiDirection.HigherIsBetter,
            "Promoters minus detractors among surveyed social customers."),
    ];

    /// <summary>Known ids, for validation messages.</summary>
    public static IEnumerable<string> Ids => Known.Select(k => k.Id);

    /// <summary>The known KPI with <paramref name="id"/>, or null.</summary>
    public static KpiDefinition? Find(string id) => Known.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));

    private static KpiDefinition Define(string id, string name, KpiUnit unit, KpiDirection direction, string description) =>
        new(id, LocalizedText.Plain(name, "en"), unit, direction, description, IsKnown: true);
}
