namespace SslaPublisher.Rendering.Marketing;

/// <summary>What <c>templates/marketing/index.html.sbn</c> sees. Strings are plain; the template context escapes them.</summary>
/// <param name="BrandName">The brand.</param>
/// <param name="Language">The page's language (the brand's first).</param>
/// <param name="Sections">The sections with their items.</param>
public sealed record MarketingPageModel(string BrandName, string Language, IReadOnlyList<MarketingSectionView> Sections);

/// <summary>One rendered section.</summary>
public sealed record MarketingSectionView(string Id, string Title, string Intro, IReadOnlyList<MarketingItem> Items);
