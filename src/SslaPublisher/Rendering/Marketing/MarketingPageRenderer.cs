using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Site;

namespace SslaPublisher.Rendering.Marketing;

/// <summary>
/// Writes <c>marketing.html</c>: every snippet a marketer pastes into profiles, each with a copy button. It is not
/// linked from the public pages and asks search engines not to index it.
/// </summary>
/// <remarks>
/// One page per brand language, as the public pages are laid out: the default language at <c>marketing.html</c>,
/// each other one at <c>&lt;lang&gt;/marketing.html</c>. The snippets are the same on every page (each bio and badge
/// already has its own language); the words around them are the page's.
/// </remarks>
public sealed class MarketingPageRenderer(IReadOnlyList<IMarketingSection>? sections = null) : ISiteRenderer
{
    private readonly IReadOnlyList<IMarketingSection> _sections = sections ?? MarketingSections.Default();

    /// <summary>Site path of the page.</summary>
    public const string PagePath = "marketing.html";

    /// <inheritdoc />
    public string Name => "marketing";

    /// <inheritdoc />
    public bool StatesPromiseAsOf => true;

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var languages = context.Promise.Brand.Languages.Where(l => UiStrings.Exists(context.Templates.Templates, l)).ToList();
        if (languages.Count == 0) languages.Add(UiStrings.FallbackLanguage);
        foreach (var language in languages)
        {
            var path = language == languages[0] ? PagePath : language + "/" + PagePath;
            var strings = UiStrings.Load(context.Templates.Templates, language);
            var text = new MarketingText(strings, PagePaths.RootFrom(path));
            var model = new MarketingPageModel(
                text["title", ("brand", context.Promise.Brand.Name)],
                language,
                LanguageTag.Direction(language),
                strings.ToTree(),
                [.. _sections.Select(s => new MarketingSectionView(s.Id, text.SectionText(s.Id, "title", s.Title),
                    text.SectionText(s.Id, "intro", s.Intro), s.Items(context, text)))]);
            yield return SiteFile.Text(path, context.Templates.RenderHtml("marketing/index.html.sbn", model), "text/html; charset=utf-8");
        }
    }
}
