using SslaPublisher.Site;

using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Rendering.Agreement;

/// <summary>
/// Renders the internal agreement to <c>agreement.html</c> (Scriban + Markdig) and <c>agreement.md</c>, both
/// <see cref="SiteFileVisibility.Internal"/>: written to the output folder, published only on request.
/// </summary>
/// <remarks>
/// Response times are not part of the agreement's data: both files list each channel's public promise (reply time,
/// hours, closures), so the contract always says what the public page says.
/// </remarks>
public sealed class AgreementRenderer : ISiteRenderer
{
    /// <summary>Path of the HTML agreement in the brand's site.</summary>
    public const string HtmlPath = "agreement.html";

    /// <summary>Path of the Markdown agreement in the brand's site.</summary>
    public const string MarkdownPath = "agreement.md";

    /// <summary>
    /// Even when published with <c>--include-agreement</c>, shared caches (a CDN) must not keep a copy of a contract.
    /// </summary>
    public const string CacheControl = "private, no-cache";

    /// <inheritdoc />
    public string Name => "agreement";

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        if (context.Promise.Agreement is null) yield break;
        // The agreement is an internal English document; its words come from the English strings.
        var english = UiStrings.Load(context.Templates.Templates, UiStrings.FallbackLanguage);
        var html = new AgreementModelBuilder(context.Platforms, AgreementTextPolicy.Html, english).Build(context.Promise);
        var markdown = new AgreementModelBuilder(context.Platforms, AgreementTextPolicy.Markdown, english).Build(context.Promise);
        yield return SiteFile.Text(HtmlPath, context.Templates.RenderHtml("agreement/agreement.html.sbn", html),
            "text/html; charset=utf-8", CacheControl, SiteFileVisibility.Internal);
        yield return SiteFile.Text(MarkdownPath, context.Templates.RenderText("agreement/agreement.md.sbn", markdown),
            "text/markdown; charset=utf-8", CacheControl, SiteFileVisibility.Internal);
    }
}
