using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Site.Brands;

/// <summary>The root page of a multi-brand site: every brand with a link to its promise page, plus brands.json.</summary>
public static class BrandIndexPage
{
    /// <summary>One brand as the index lists it.</summary>
    public sealed record BrandEntry(string Name, string Slug, string Href, int Channels);

    /// <summary><c>brands.json</c>: every brand, as the page lists them.</summary>
    internal sealed record BrandsFile(IReadOnlyList<BrandEntry> Brands);

    private static readonly System.Text.Json.JsonSerializerOptions Indented =
        new System.Text.Json.JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase }.WithMetadata();

    /// <summary>Renders <c>index.html</c> and <c>brands.json</c> for the given brands (sorted by name, then slug).</summary>
    public static SiteContent Render(TemplateRenderer templates, IEnumerable<Promise> promises)
    {
        var brands = promises
            .OrderBy(p => p.Brand.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Brand.Slug, StringComparer.Ordinal)
            .Select(p => new BrandEntry(p.Brand.Name, p.Brand.Slug, $"{p.Brand.Slug}/index.html", p.Channels.Length))
            .ToList();
        var html = templates.RenderHtml("brands/index.html.sbn", new { Brands = brands });
        var json = System.Text.Json.JsonSerializer.Serialize(new BrandsFile(brands), Indented.For<BrandsFile>());
        return SiteContent.Empty.With(
        [
            SiteFile.Text("index.html", html, "text/html; charset=utf-8"),
            SiteFile.Text("brands.json", json + "\n", "application/json; charset=utf-8"),
        ]);
    }
}
