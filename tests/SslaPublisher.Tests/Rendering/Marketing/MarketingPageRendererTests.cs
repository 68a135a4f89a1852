using AngleSharp.Html.Parser;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Tests.Rendering.Bios;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Marketing;

public class MarketingPageRendererTests
{
    [Fact]
    public void Should_list_every_bio_with_a_copy_button_carrying_its_exact_text_and_count()
    {
        // Given the example brand
        var site = BioFixtures.Build(RepoPaths.Example());

        // When reading the marketer's page
        var page = new HtmlParser().ParseDocument(BioFixtures.Text(site, MarketingPageRenderer.PagePath));
        var items = page.QuerySelectorAll("#bios article.item").ToList();

        // Then each bio file has an item whose button copies exactly the file's text, with its count/limit shown
        var bios = site.Files.Keys.Where(p => p.StartsWith("bio/", StringComparison.Ordinal)).ToList();
        Assert.Equal(bios.Count, items.Count);
        var copied = items.Select(i => i.QuerySelector("button.copy")!.GetAttribute("data-copy")).ToHashSet();
        Assert.All(bios, path => Assert.Contains(BioFixtures.Text(site, path), copied));
        var x = items.Single(i => i.QuerySelector("button.copy")!.GetAttribute("data-copy") == BioFixtures.Text(site, "bio/x-help.txt"));
        Assert.Equal("111/160 weighted, 111/160 plain", x.QuerySelector(".count")!.TextContent);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void Should_escape_untrusted_text_in_the_page_and_the_copy_attribute()
    {
        // Given a summary written to break out of HTML and of the attribute
        using var dir = new TempDir();
        var file = BioFixtures.Brand(dir, "youtube", "'\"Fish\" & ''chips'' <3 >'", "    urgent: \"<script>alert(1)</script>\"", languages: "[en]");
        const string expected = "\"Fish\" & 'chips' <3 > Help Mon–Fri 9–6 ET · replies in 15 min · urgent: <script>alert(1)</script>";

        // When the page is built
        var html = BioFixtures.Text(BioFixtures.Build(file), MarketingPageRenderer.PagePath);
        var page = new HtmlParser().ParseDocument(html);

        // Then no element was injected and the button still copies the exact text
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal(expected, page.QuerySelector("#bios button.copy")!.GetAttribute("data-copy"));
        Assert.Equal(expected, page.QuerySelector("#bios pre.snippet")!.TextContent);
    }

    [Fact]
    public void Should_write_a_page_per_brand_language_in_its_words_and_direction()
    {
        // Given the example brand (en, es, fr, ar)
        var site = BioFixtures.Build(RepoPaths.Example(), null, new MarketingPageRenderer());
        AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(BioFixtures.Text(site, path));

        // Then the default language is at the root and every other one under its folder
        Assert.Equal(["ar/marketing.html", "es/marketing.html", "fr/marketing.html", "marketing.html"],
            site.Files.Keys.Where(p => p.EndsWith("marketing.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        // And the Spanish page speaks Spanish around the same snippets
        var es = Page("es/marketing.html");
        Assert.Equal("es", es.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Biografías de los perfiles", "Insignias", "Banners"], es.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.All(es.QuerySelectorAll("button.copy"), b => Assert.Equal("Copiar", b.TextContent));
        Assert.Equal(Page("marketing.html").QuerySelectorAll("button.copy").Select(b => b.GetAttribute("data-copy")),
            es.QuerySelectorAll("button.copy").Select(b => b.GetAttribute("data-copy")));

        // And the Arabic page runs right to left, its badge and banner previews reaching the shared files one folder up
        var ar = Page("ar/marketing.html");
        Assert.Equal("rtl", ar.DocumentElement.GetAttribute("dir"));
        Assert.Equal("تم النسخ", ar.Body!.GetAttribute("data-copied"));
        Assert.All(ar.QuerySelectorAll("#badges .preview img"), img => Assert.StartsWith("../badges/", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(ar.QuerySelectorAll("#banners .preview img"), img => Assert.StartsWith("../banners/", img.GetAttribute("src"), StringComparison.Ordinal));

        // And each bio's count is in the page's words and digits, the fractions kept left to right inside Arabic
        string XCount(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("#bios article.item")
            .First(i => i.QuerySelector("h3")!.TextContent.StartsWith("X · ", StringComparison.Ordinal)).QuerySelector(".count")!.TextContent;
        Assert.Equal("111/160 ponderado, 111/160 simple", XCount(es));
        Assert.Equal("111/160 pondéré, 111/160 simple", XCount(Page("fr/marketing.html")));
        Assert.Equal("الموزون \u2066١١١/١٦٠\u2069، العادي \u2066١١١/١٦٠\u2069", XCount(ar));
    }

    [Fact]
    public void Should_not_be_linked_from_the_public_page()
    {
        // Given the pages and the marketer's page built together
        var site = BioFixtures.Build(RepoPaths.Example(), null, new PagesRenderer(), new BiosRenderer(), new MarketingPageRenderer());

        // When reading every public HTML page other than the marketer's
        var pages = site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != MarketingPageRenderer.PagePath);

        // Then none links to it
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.DoesNotContain("marketing.html", BioFixtures.Text(site, p), StringComparison.Ordinal));
    }

    [Fact]
    public void Should_render_every_section_it_is_given_in_order()
    {
        // Given a second section after the bios (as the badges feature will add)
        var sections = new IMarketingSection[] { new BioMarketingSection(), new FakeSection() };

        // When the page is built
        var site = BioFixtures.Build(RepoPaths.Example(), null, new MarketingPageRenderer(sections));
        var page = new HtmlParser().ParseDocument(BioFixtures.Text(site, MarketingPageRenderer.PagePath));

        // Then both sections appear in order, each in the navigation
        Assert.Equal(["bios", "embeds"], page.QuerySelectorAll("main > section").Select(s => s.Id));
        Assert.Equal(["#bios", "#embeds"], page.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal("<img src=\"badge.svg\">", page.QuerySelector("#embeds button.copy")!.GetAttribute("data-copy"));
    }

    private sealed class FakeSection : IMarketingSection
    {
        public string Id => "embeds";
        public string Title => "Embeds";
        public string Intro => "HTML to embed.";
        public IReadOnlyList<MarketingItem> Items(SslaPublisher.Rendering.RenderContext context) =>
            [new MarketingItem("Badge", "<img src=\"badge.svg\">")];
    }
}
