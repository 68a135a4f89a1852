using SslaPublisher.Site;

namespace SslaPublisher.Tests.Publishing;

/// <summary>Small hand-made sites for publishing tests: assets, pages and one internal file.</summary>
internal static class TestSites
{
    public static SiteContent Small(string indexText = "<h1>Acme</h1>") => SiteContent.Empty.With(
    [
        SiteFile.Text("index.html", indexText, "text/html; charset=utf-8"),
        SiteFile.Text("404.html", "<h1>Not here</h1>", "text/html; charset=utf-8"),
        SiteFile.Text("ssla.json", """{"brand":"Acme"}""", "application/json"),
        SiteFile.Text("css/site.3f2a9c1b.css", "body{color:#123}", "text/css; charset=utf-8"),
        SiteFile.Text("badges/x-help.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml"),
        SiteFile.Text("bio/x.txt", "Help 9-17", "text/plain; charset=utf-8"),
        SiteFile.Text("agreement.html", "<h1>Agreement</h1>", "text/html; charset=utf-8", visibility: SiteFileVisibility.Internal),
    ]);

    /// <summary>The site with one file's text replaced.</summary>
    public static SiteContent WithChange(SiteContent site, string path, string text)
    {
        var files = site.Files.Values.Select(f => f.Path == path ? SiteFile.Text(f.Path, text, f.ContentType, f.CacheControl, f.Visibility) : f);
        return SiteContent.Empty.With(files);
    }

    /// <summary>The site without one file.</summary>
    public static SiteContent Without(SiteContent site, string path) =>
        SiteContent.Empty.With(site.Files.Values.Where(f => f.Path != path));

    /// <summary>A site of <paramref name="count"/> small generated files.</summary>
    public static SiteContent Generated(int count, int bytes = 2048) => SiteContent.Empty.With(
        Enumerable.Range(0, count).Select(i => new SiteFile(
            $"gen/file{i:D4}.txt",
            Enumerable.Range(0, bytes).Select(b => (byte)('a' + (b + i) % 26)).ToArray(),
            "text/plain; charset=utf-8")));
}
