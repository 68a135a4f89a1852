using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Reporting;

/// <summary>
/// Turns a track record into its files, in memory: <c>report.html</c> in the brand's default language,
/// <c>&lt;lang&gt;/report.html</c> in each other one, <c>report.json</c> (internal) and the
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
        var languages = Languages(record.Brand, templates.Templates);
        return
        [
            Page(record, templates, platforms, languages[0], ""),
            new SiteFile("report.json", ReportJson.ToUtf8(record), "application/json", visibility: SiteFileVisibility.Internal),
            .. languages.Skip(1).Select(l => Page(record, templates, platforms, l, l + "/")),
            .. TrackRecordBadges.Render(record, templates, platforms),
        ];
    }

    // The brand's languages that have UI strings, the default first (as the pages choose theirs): report.html in
    // the default language, <lang>/report.html for each other one.
    private static List<string> Languages(Definition.Brand brand, TemplateSet templates)
    {
        var languages = brand.Languages.Where(l => UiStrings.Exists(templates, l)).ToList();
        return languages.Count > 0 ? languages : [UiStrings.FallbackLanguage];
    }

    private static SiteFile Page(TrackRecord record, TemplateRenderer templates, PlatformCatalog platforms, string language, string prefix)
    {
        var model = ReportPageModel.From(record, platforms, UiStrings.Load(templates.Templates, language), PagePaths.RootFrom(prefix));
        return SiteFile.Text(prefix + "report.html", templates.RenderHtml(Template, model), "text/html; charset=utf-8", visibility: SiteFileVisibility.Internal);
    }
}
