namespace SslaPublisher.Rendering.Marketing;

/// <summary>What <c>templates/marketing/index.html.sbn</c> sees. Strings are plain; the template context escapes them.</summary>
/// <param name="Title">The page title (with the brand's name).</param>
/// <param name="Language">The page's language.</param>
/// <param name="Direction"><c>ltr</c> or <c>rtl</c>.</param>
/// <param name="T">The UI strings as a tree (<c>t.marketing.copy</c>).</param>
/// <param name="Sections">The sections with their items.</param>
public sealed record MarketingPageModel(string Title, string Language, string Direction, IReadOnlyDictionary<string, object> T, IReadOnlyList<MarketingSectionView> Sections);

/// <summary>One rendered section.</summary>
public sealed record MarketingSectionView(string Id, string Title, string Intro, IReadOnlyList<MarketingItem> Items);
