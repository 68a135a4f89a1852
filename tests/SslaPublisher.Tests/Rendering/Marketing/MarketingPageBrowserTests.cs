using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Site;
using SslaPublisher.Tests.Rendering.Bios;
using SslaPublisher.Tests.Support;
using SslaPublisher.Tests.Support.Browser;

namespace SslaPublisher.Tests.Rendering.Marketing;

public class MarketingPageBrowserTests
{
    [Fact]
    public void Should_put_the_exact_snippet_on_the_clipboard_when_copy_is_clicked()
    {
        // Given the example's marketer's page, with a hostile urgent contact added to one channel, served over http
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "youtube", "'\"Fish\" & ''chips'' <3 >'", "    urgent: \"<b>call</b> & 'now'\"");
        var site = BioFixtures.Build(file);
        FolderOutput.Write(site, Path.Combine(dir.Path, "site"));

        // When every copy button of the bios section is clicked in Chromium
        var results = BrowserHarness.Run(Path.Combine(dir.Path, "site"),
            BrowserTask.Of("copy.js", new { url = MarketingPageRenderer.PagePath, selector = "#bios button.copy" }))[0]!.AsArray();

        // Then each button put exactly its text on the clipboard and said so, and every bio file can be copied
        // (other sections, such as the badge embeds, have copy buttons of their own)
        var bios = site.Files.Keys.Where(p => p.StartsWith("bio/", StringComparison.Ordinal)).Select(p => BioFixtures.Text(site, p)).ToList();
        foreach (var result in results)
        {
            Assert.Equal(result!["expected"]!.GetValue<string>(), result["copied"]!.GetValue<string>());
            Assert.Equal("Copied", result["label"]!.GetValue<string>());
        }
        var copied = results.Select(r => r!["copied"]!.GetValue<string>()).ToList();
        Assert.All(bios, bio => Assert.Contains(bio, copied));
    }
}
