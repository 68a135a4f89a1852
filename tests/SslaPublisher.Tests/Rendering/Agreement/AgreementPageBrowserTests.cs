using SslaPublisher.Definition;
using SslaPublisher.Rendering.Agreement;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;

namespace SslaPublisher.Tests.Rendering.Agreement;

public class AgreementPageBrowserTests
{
    [Fact]
    public void Should_be_valid_accessible_html_at_phone_and_desktop_widths()
    {
        // Given the example brand's agreement written to a folder, in English, Spanish and Arabic (right to left)
        using var temp = new TempDir();
        var site = new SiteBuilder([new AgreementRenderer()], TemplateSet.Default).Build(new PromiseLoader().LoadFile(RepoPaths.Example()));
        FolderOutput.Write(site, temp.Path);

        // When the Nu HTML Checker reads it and axe-core runs in Chromium at 375 and 1280 px
        var htmlErrors = HtmlChecker.Errors(temp.Path);
        var urls = new[] { AgreementRenderer.HtmlPath, "es/" + AgreementRenderer.HtmlPath, "ar/" + AgreementRenderer.HtmlPath };
        var results = BrowserHarness.Run(temp.Path,
            BrowserTask.Of("axe.js", new { urls, width = 375 }),
            BrowserTask.Of("axe.js", new { urls, width = 1280 }));

        // Then there are no HTML errors, no WCAG 2.1 AA violations, and the page itself never scrolls sideways
        Assert.Empty(htmlErrors);
        var pages = results.SelectMany(r => r!.AsArray()).ToList();
        Assert.Equal(urls.Length * 2, pages.Count);
        foreach (var page in pages.Select(p => p!))
        {
            Assert.Empty(page["violations"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()));
            Assert.Equal(page["clientWidth"]!.GetValue<int>(), page["scrollWidth"]!.GetValue<int>());
        }
    }
}
