using SslaPublisher.Definition;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Bios;

/// <summary>Small brands and builds for the bio tests.</summary>
internal static class BioFixtures
{
    /// <summary>An ssla.yaml with one channel; <paramref name="extra"/> is YAML for more channel keys (indented 4).</summary>
    public static string Brand(TempDir dir, string platform, string summary, string extra = "", string languages = "[en, es]") =>
        dir.Write("ssla.yaml", $"""
            brand:
              name: Test Air
              slug: test-air
              timezone: America/New_York
              languages: {languages}
            channels:
              - id: help
                platform: {platform}
                handle: "@TestAirHelp"
                purpose: support
                summary: {summary}
                hours: {"{"}mon-fri: "09:00-18:00"{"}"}
                reply: {"{"}within: 15m{"}"}
            {extra}
            """);

    public static SiteContent Build(string file, string? templateOverrides = null, params ISiteRenderer[] renderers) =>
        new SiteBuilder(renderers.Length > 0 ? renderers : [new BiosRenderer(), new MarketingPageRenderer()],
                TemplateSet.Default.WithOverrides(templateOverrides))
            .Build(new PromiseLoader().LoadFile(file));

    public static string Text(SiteContent site, string path) =>
        System.Text.Encoding.UTF8.GetString(site.Files[path].Content.Span);
}
