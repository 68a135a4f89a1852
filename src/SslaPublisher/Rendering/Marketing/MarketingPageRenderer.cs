using SslaPublisher.Site;

namespace SslaPublisher.Rendering.Marketing;

/// <summary>
/// Writes <c>marketing.html</c>: every snippet a marketer pastes into profiles, each with a copy button. It is not
/// linked from the public pages and asks search engines not to index it.
/// </summary>
public sealed class MarketingPageRenderer(IReadOnlyList<IMarketingSection>? sections = null) : ISiteRenderer
{
    private readonly IReadOnlyList<IMarketingSection> _sections = sections ?? MarketingSections.Default();

    /// <summary>Site path of the page.</summary>
    public const string PagePath = "marketing.html";

    /// <inheritdoc />
    public string Name => "marketing";

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        var model = new MarketingPageModel(
            context.Promise.Brand.Name,
            context.Promise.Brand.Languages[0],
            [.. _sections.Select(s => new MarketingSectionView(s.Id, s.Title, s.Intro, s.Items(context)))]);
        yield return SiteFile.Text(PagePath, context.Templates.RenderHtml("marketing/index.html.sbn", model), "text/html; charset=utf-8");
    }
}
