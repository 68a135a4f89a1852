using System.Collections.Immutable;

namespace SslaPublisher.Agreement;

/// <summary>The services an agreement can name without defining them.</summary>
public static class ServiceCatalog
{
    /// <summary>Known service ids and their display names, in the order the docs list them.</summary>
    public static ImmutableArray<(string Id, string Name)> Known { get; } =
    [
        ("community_management", "Community management"),
        ("customer_care", "Customer care (replies to questions and complaints)"),
        ("content_creation", "Content creation"),
        ("publishing", "Scheduling and publishing"),
        ("paid_advertising", "Paid advertising"),
        ("influencer_marketing", "Influencer marketing"),
        ("social_listening", "Social listening"),
        ("crisis_management", "Crisis management"),
        ("reporting", "Reporting and analytics"),
    ];

    /// <summary>Known ids, for validation messages.</summary>
    public static IEnumerable<string> Ids => Known.Select(k => k.Id);

    /// <summary>The display name of a known service, or null.</summary>
    public static string? NameOf(string id) => Known.FirstOrDefault(k => k.Id == id).Name;
}
