namespace SslaPublisher.Definition;

/// <summary>
/// The keys each section of ssla.yaml accepts: one list read by the loader and, in a test, compared with
/// <c>schema/ssla.schema.json</c>, so the editor schema and the model never drift apart.
/// </summary>
public static class DefinitionKeys
{
    /// <summary>Top level.</summary>
    public static readonly string[] Root = ["brand", "channels", "crisis", "agreement"];

    /// <summary><c>brand:</c></summary>
    public static readonly string[] Brand = ["name", "slug", "website", "base_url", "logo", "colors", "timezone", "languages"];

    /// <summary><c>brand.colors:</c></summary>
    public static readonly string[] Colors = ["background", "text", "accent"];

    /// <summary><c>channels[]:</c></summary>
    public static readonly string[] Channel =
        ["id", "platform", "handle", "purpose", "summary", "timezone", "hours", "closed", "reply", "languages", "not_for", "urgent"];

    /// <summary><c>channels[].reply:</c></summary>
    public static readonly string[] Reply = ["within", "off_hours"];

    /// <summary><c>channels[].closed[]:</c> when written as a mapping.</summary>
    public static readonly string[] Closed = ["date", "from", "to", "reason"];

    /// <summary><c>channels[].not_for[]:</c> when written as a mapping.</summary>
    public static readonly string[] NotFor = ["text", "go_to"];

    /// <summary><c>crisis:</c></summary>
    public static readonly string[] Crisis = ["contact", "statement"];
}
