using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>One service in scope.</summary>
/// <param name="Id">Known service id (see <see cref="ServiceCatalog"/>) or a custom snake_case id.</param>
/// <param name="Name">Display name: the catalog's (English) for known services, the file's for custom ones, in one or more languages.</param>
/// <param name="Details">What exactly is included (Markdown, in one or more languages), if stated.</param>
/// <param name="IsKnown">True when the id is in <see cref="ServiceCatalog"/>.</param>
public sealed record ServiceItem(string Id, LocalizedText Name, LocalizedText? Details, bool IsKnown);
