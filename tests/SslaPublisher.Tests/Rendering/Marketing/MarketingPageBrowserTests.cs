using SslaPublisher.Rendering.Badges;
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

        // When every copy button is clicked in Chromium
        var results = BrowserHarness.Run(Path.Combine(dir.Path, "site"),
            BrowserTask.Of("copy.js", new { url = MarketingPageRenderer.PagePath }))[0]!.AsArray();

        // Then each put exactly its text on the clipboard and said so: every bio file's text, then every badge snippet
        var bios = site.Files.Keys.Where(p => p.StartsWith("bio/", StringComparison.Ordinal)).Select(p => BioFixtures.Text(site, p)).ToList();
        var badgeSnippets = new BadgeMarketingSection().Items(new SslaPublisher.Rendering.RenderContext(new SslaPublisher.Definition.PromiseLoader().LoadFile(file), new SslaPublisher.Rendering.Templates.TemplateRenderer(SslaPublisher.Rendering.Templates.TemplateSet.Default), SslaPublisher.Platforms.PlatformCatalog.Default)).Select(i => i.Text).ToList();
        Assert.Equal(bios.Count + badgeSnippets.Count, results.Count);
        foreach (var result in results)
        {
            Assert.Equal(result!["expected"]!.GetValue<string>(), result["copied"]!.GetValue<string>());
            Assert.Contains(result["copied"]!.GetValue<string>(), bios.Concat(badgeSnippets));
            Assert.Equal("Copied", result["label"]!.GetValue<string>());
        }
        Assert.Equal(bios.Order(StringComparer.Ordinal), results.Take(bios.Count).Select(r => r!["copied"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }
}
