namespace SslaPublisher.Rendering.Agreement;

// What the agreement templates see (snake_case in Scriban). Strings have been through the output's
// AgreementTextPolicy; `object?` members are prose: TrustedHtml for the page, escaped Markdown for the file.

/// <summary>The whole agreement as the templates see it.</summary>
/// <remarks>Colours are <c>#rrggbb</c> from validated brand colours; the header text colour is chosen for contrast.</remarks>
public sealed record AgreementModel(
    string Title,
    string BrandName,
    string Language,
    string HeaderBackground,
    string HeaderText,
    string Accent,
    PartyView Company,
    PartyView Provider,
    string? Effective,
    IReadOnlyList<ServiceView> Services,
    IReadOnlyList<ChannelPromiseView> Channels,
    IReadOnlyList<KpiView> Kpis,
    CrisisView? Crisis,
    PublicCrisisView? PublicCrisis,
    ReviewView? Review,
    IReadOnlyList<ConditionView> Conditions);

/// <summary>One party.</summary>
public sealed record PartyView(string Side, string Name, string Kind, string? Representative, string? Contact);

/// <summary>One service in scope.</summary>
public sealed record ServiceView(string Name, object? Details);

/// <summary>One channel's public promise, which the agreement adopts as its response times.</summary>
public sealed record ChannelPromiseView(
    string Id,
    string Platform,
    string Handle,
    string ProfileUrl,
    string Purpose,
    string ReplyWithin,
    string OffHours,
    IReadOnlyList<string> Hours,
    string TimeZone,
    IReadOnlyList<string> Closed,
    string Languages);

/// <summary>One KPI and its target.</summary>
public sealed record KpiView(string Id, string Name, string Target, string Window, string? Description, object? Notes, bool IsCustom);

/// <summary>The crisis plan.</summary>
public sealed record CrisisView(IReadOnlyList<ContactView> Contacts, IReadOnlyList<LevelView> Levels);

/// <summary>A crisis contact; the URLs are built from validated phone and email values.</summary>
public sealed record ContactView(string Id, string Name, string? Role, string Party, string? Phone, string? PhoneUrl, string? Email, string? EmailUrl);

/// <summary>A severity level.</summary>
public sealed record LevelView(string Id, string Name, object? When, IReadOnlyList<string> Calls, string Within, string? UpdatesEvery, string Statement);

/// <summary>The public crisis contact from the promise itself (root <c>crisis:</c>), shown for reference.</summary>
public sealed record PublicCrisisView(string Contact, string Statement);

/// <summary>Review cadence and notice.</summary>
public sealed record ReviewView(string Cadence, string? TerminationNotice, object? Notes);

/// <summary>A review, renegotiation or termination condition as a sentence in parts.</summary>
public sealed record ConditionView(string Kpi, string Rule, string Run, string Action, object? Notes);
