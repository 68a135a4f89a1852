using SslaPublisher.Site;

namespace SslaPublisher.Rendering.Pages;

/// <summary>Renders the public promise pages.</summary>
public sealed class PagesRenderer : ISiteRenderer
{
    /// <inheritdoc />
    public string Name => "pages";

    /// <inheritdoc />
    public IEnumerable<SiteFile> Render(RenderContext context)
    {
        var model = PageModel.From(context.Promise);
        yield return SiteFile.Text("index.html", context.Templates.RenderHtml("pages/index.html.sbn", model), "text/html; charset=utf-8");
    }
}
