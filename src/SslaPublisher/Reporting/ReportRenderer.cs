using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Reporting;

/// <summary>
/// Turns a track record into its files, in memory: <c>report.html</c> and <c>report.json</c> (internal) and the
/// track-record badges under <c>badges/</c> (public, see <see cref="TrackRecordBadges"/>).
/// </summary>
/// <remarks>
/// The report is internal: it names interaction times and CSV lines, which the company may not want public. The
/// badges carry one figure per channel and are made to be shown.
/// </remarks>
public static class ReportRenderer
{
    /// <summary>Template of the report page.</summary>
    public const string Template = "report/report.html.sbn";

    /// <summary>Renders the report files.</summary>
    public static IReadOnlyList<SiteFile> Render(TrackRecord record, TemplateRenderer templates, PlatformCatalog platforms)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(templates);
        var html = templates.RenderHtml(Template, ReportPageModel.From(record, platforms, Rendering.Localization.UiStrings.Load(templates.Templates, Rendering.Localization.UiStrings.FallbackLanguage)));
        return
        [
            SiteFile.Text("report.html", html, "text/html; charset=utf-8", visibility: SiteFileVisibility.Internal),
            new SiteFile("report.json", ReportJson.ToUtf8(record), "application/json", visibility: SiteFileVisibility.Internal),
            .. TrackRecordBadges.Render(record, templates, platforms),
        ];
    }
}
