using SslaPublisher.Definition;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>Builds the pages of a brand in memory with only the pages stage (fast, no other renderer involved).</summary>
internal static class PagesSite
{
    public static string XssExample { get; } = Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Pages", "Fixtures", "xss", "ssla.yaml");

    /// <summary>A brand in all thirteen interface languages (one channel translated, one in English only).</summary>
    public static string LanguagesExample { get; } = Path.Combine(RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Pages", "Fixtures", "languages", "ssla.yaml");

    public static SiteContent Build(string yamlPath, string? overrides = null) =>
        Build(new PromiseLoader().LoadFile(yamlPath), overrides);

    public static SiteContent Build(Promise promise, string? overrides = null) =>
        new SiteBuilder([new PagesRenderer()], Templates(overrides)).Build(promise);

    public static TemplateSet Templates(string? overrides = null) =>
        new TemplateSet(overrides);

    public static string Text(this SiteContent site, string path) =>
        System.Text.Encoding.UTF8.GetString(site.Files[path].Content.Span);
}
