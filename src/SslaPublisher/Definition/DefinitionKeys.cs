namespace SslaPublisher.Definition;

/// <summary>
/// The keys each section of ssla.yaml accepts: one list read by the loader and, in a test, compared with
/// <c>schema/ssla.schema.json</c>, so the editor schema and the model never drift apart.
/// </summary>
public static class DefinitionKeys
{
    /// <summary>Top level.</summary>
    public static readonly string[] Root = ["brand", "channels", "crisis", "notices", "announce_days", "agreement", "badges"];

    /// <summary><c>badges:</c></summary>
    public static readonly string[] Badges = ["png_styles"];

    /// <summary><c>brand:</c></summary>
    public static readonly string[] Brand = ["name", "slug", "website", "base_url", "logo", "colors", "timezone", "languages", "banner"];

    /// <summary><c>brand.banner:</c> and <c>channels[].banner:</c></summary>
    public static readonly string[] Banner = ["layout", "image", "focal"];

    /// <summary><c>brand.colors:</c></summary>
    public static readonly string[] Colors = ["background", "text", "accent"];

    /// <summary><c>channels[]:</c></summary>
    public static readonly string[] Channel =
        ["id", "platform", "handle", "purpose", "summary", "timezone", "hours", "closed", "reply", "languages", "not_for", "urgent", "banner"];

    /// <summary><c>channels[].reply:</c></summary>
    public static readonly string[] Reply = ["within", "off_hours"];

    /// <summary><c>channels[].closed[]:</c> when written as a mapping.</summary>
    public static readonly string[] Closed = ["date", "from", "to", "reason"];

    /// <summary><c>channels[].not_for[]:</c> when written as a mapping.</summary>
    public static readonly string[] NotFor = ["text", "go_to"];

    /// <summary><c>crisis:</c></summary>
    public static readonly string[] Crisis = ["contact", "statement"];

    /// <summary><c>notices[]:</c></summary>
    public static readonly string[] Notice = ["id", "kind", "from", "until", "channels", "text", "reply", "updates"];

    /// <summary><c>notices[].updates[]:</c></summary>
    public static readonly string[] NoticeUpdate = ["at", "text"];

    /// <summary><c>notices[].reply:</c></summary>
    public static readonly string[] NoticeReply = ["within"];

    // ---- agreement: (issue 10) — keep each list equal to its object's properties in schema/ssla.schema.json ----

    /// <summary><c>agreement:</c></summary>
    public static readonly string[] Agreement = ["parties", "effective", "scope", "kpis", "crisis", "review", "conditions"];

    /// <summary><c>agreement.parties:</c></summary>
    public static readonly string[] AgreementParties = ["company", "provider"];

    /// <summary><c>agreement.parties.company:</c></summary>
    public static readonly string[] AgreementCompany = ["name", "representative", "contact"];

    /// <summary><c>agreement.parties.provider:</c></summary>
    public static readonly string[] AgreementProvider = ["name", "kind", "representative", "contact"];

    /// <summary><c>agreement.scope[]:</c> when written as a mapping.</summary>
    public static readonly string[] AgreementService = ["service", "name", "details"];

    /// <summary><c>agreement.kpis[]:</c></summary>
    public static readonly string[] AgreementKpi = ["kpi", "name", "unit", "better", "target", "window", "notes"];

    /// <summary><c>agreement.crisis:</c></summary>
    public static readonly string[] AgreementCrisis = ["contacts", "levels"];

    /// <summary><c>agreement.crisis.contacts[]:</c></summary>
    public static readonly string[] AgreementCrisisContact = ["id", "name", "role", "party", "phone", "email"];

    /// <summary><c>agreement.crisis.levels[]:</c></summary>
    public static readonly string[] AgreementSeverityLevel = ["id", "name", "when", "call", "within", "updates_every", "statement"];

    /// <summary><c>agreement.review:</c></summary>
    public static readonly string[] AgreementReview = ["cadence", "termination_notice", "notes"];

    /// <summary><c>agreement.conditions[]:</c></summary>
    public static readonly string[] AgreementCondition = ["kpi", "below", "above", "months_running", "action", "notes"];
}
