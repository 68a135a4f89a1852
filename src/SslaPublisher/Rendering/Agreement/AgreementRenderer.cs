using SslaPublisher.Site;

using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>
/// Renders the internal agreement in each brand language: <c>agreement.html</c> (Scriban + Markdig) and
/// <c>agreement.md</c> in the default language, <c>&lt;lang&gt;/agreement.html</c> and <c>&lt;lang&gt;/agreement.md</c>
/// in each other one that has UI strings, laid out like the public pages. All are
/// <see cref="SiteFileVisibility.Internal"/>: written to the output folder, published only on request.
/// </summary>
/// <remarks>
/// Response times are not part of the agreement's data: every file lists each channel's public promise (reply time,
/// hours, closures), so the contract always says what the public page says, in the same words.
/// </remarks>
public sealed class AgreementRenderer : ISiteRenderer
{
    /// <summary>Path of the HTML agreement in the brand's site (default language).</summary>
    public const string HtmlPath = "agreement.html";

    /// <summary>Path of the Markdown agreement in the brand's site (default language).</summary>
    public const string MarkdownPath = "agreement.md";

    /// <summary>
    /// Even when published with <c>--include-agreement</c>, shared caches (a CDN) must not keep a copy of a contract.
    /// </summary>
    public const string CacheControl = "private, no-cache";

    /// <inheritdoc />
    public string Name => "agreement";

    /// <summary>The site path of the agreement file <paramref name="file"/> in <paramref name="language"/>.</summary>
    public static string PathIn(string file, string language, string defaultLanguage) =>
        language == defaultLanguage ? file : language + "/" + file;

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        if (context.Promise.Agreement is null) yield break;
        var brand = context.Promise.Brand;
        // The brand's languages with UI strings, the default first, as the pages and the report choose theirs.
        var languages = brand.Languages.Where(l => UiStrings.Exists(context.Templates.Templates, l)).ToList();
        if (languages.Count == 0) languages.Add(UiStrings.FallbackLanguage);
        // What the brand typed under agreement: is in its default language (a plain ssla.yaml string's language).
        var textLanguage = brand.Languages.IsDefaultOrEmpty ? UiStrings.FallbackLanguage : brand.Languages[0];
        foreach (var language in languages)
        {
            var strings = UiStrings.Load(context.Templates.Templates, language);
            var html = new AgreementModelBuilder(context.Platforms, AgreementTextPolicy.Html(language, textLanguage), strings).Build(context.Promise);
            var markdown = new AgreementModelBuilder(context.Platforms, AgreementTextPolicy.Markdown(language), strings).Build(context.Promise);
            yield return SiteFile.Text(PathIn(HtmlPath, language, languages[0]), context.Templates.RenderHtml("agreement/agreement.html.sbn", html),
                "text/html; charset=utf-8", CacheControl, SiteFileVisibility.Internal);
            yield return SiteFile.Text(PathIn(MarkdownPath, language, languages[0]), context.Templates.RenderText("agreement/agreement.md.sbn", markdown),
                "text/markdown; charset=utf-8", CacheControl, SiteFileVisibility.Internal);
        }
    }
}
