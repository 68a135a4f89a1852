namespace SslaPublisher.Rendering.Agreement;

// What the agreement templates see (snake_case in Scriban). Strings have been through the output's
// AgreementTextPolicy; `object` members may be TrustedHtml on the page (sentences with bold parts, ssla.yaml texts
// marked with their language, rendered prose) and are escaped Markdown in the file. `T` is the page language's
// UI strings (`t.agreement.parties_heading`).

/// <summary>The whole agreement as the templates see it, in one language.</summary>
/// <remarks>Colours are <c>#rrggbb</c> from validated brand colours; the header text colour is chosen for contrast.</remarks>
public sealed record AgreementModel(
    string Title,
    string Language,
    string Direction,
    IReadOnlyDictionary<string, object> T,
    string HeaderBackground,
    string HeaderText,
    string Accent,
    object Intro,
    string? Effective,
    PartyView Company,
    PartyView Provider,
    IReadOnlyList<ServiceView> Services,
    IReadOnlyList<ChannelPromiseView> Channels,
    IReadOnlyList<KpiView> Kpis,
    CrisisView? Crisis,
    PublicCrisisView? PublicCrisis,
    ReviewView? Review,
    IReadOnlyList<ConditionView> Conditions);

/// <summary>One party: its side (<c>Company</c>), its kind unless it is the company itself, and how to reach it.</summary>
public sealed record PartyView(string Side, object Name, string? Kind, object? Representative, object? Contact);

/// <summary>One service in scope: a catalog name in the page's language, or the brand's own.</summary>
public sealed record ServiceView(object Name, object? Details);

/// <summary>One channel's public promise, which the agreement adopts as its response times.</summary>
public sealed record ChannelPromiseView(
    string Id,
    string Platform,
    string Handle,
    string ProfileUrl,
    string Purpose,
    string ReplyWithin,
    object OffHours,
    IReadOnlyList<string> Hours,
    string TimeZone,
    IReadOnlyList<ClosedView> Closed,
    string Languages);

/// <summary>A closed date or period, with the brand's reason if it gave one.</summary>
public sealed record ClosedView(string Dates, object? Reason);

/// <summary>One KPI and its target.</summary>
public sealed record KpiView(string Id, object Name, string Target, string Window, string? Description, object? Notes, bool IsCustom);

/// <summary>The crisis plan.</summary>
public sealed record CrisisView(IReadOnlyList<ContactView> Contacts, IReadOnlyList<LevelView> Levels);

/// <summary>A crisis contact; the URLs are built from validated phone and email values.</summary>
public sealed record ContactView(string Id, object Name, object? Role, string Party, string? Phone, string? PhoneUrl, string? Email, string? EmailUrl);

/// <summary>A severity level: who is called within what time, how often the public hears, and what is said first.</summary>
public sealed record LevelView(string Id, object Name, object? When, string CallWithin, object Calls, string? UpdatesEvery, object Statement);

/// <summary>The public crisis contact from the promise itself (root <c>crisis:</c>), shown for reference.</summary>
public sealed record PublicCrisisView(object Line, object Statement);

/// <summary>Review cadence and notice, each a sentence of the page's language.</summary>
public sealed record ReviewView(object Cadence, object? TerminationNotice, object? Notes);

/// <summary>A review, renegotiation or termination condition as a sentence of the page's language.</summary>
public sealed record ConditionView(object Sentence, object? Notes);
