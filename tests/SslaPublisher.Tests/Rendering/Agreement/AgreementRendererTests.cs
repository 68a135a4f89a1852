using System.Text;
using AngleSharp.Html.Parser;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Agreement;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Agreement;

public class AgreementRendererTests
{
    private static SiteContent Build(Promise promise) => new SiteBuilder([new AgreementRenderer()], TemplateSet.Default).Build(promise);

    private static string Text(SiteContent site, string path) => Encoding.UTF8.GetString(site.Files[path].Content.Span);

    private static AngleSharp.Html.Dom.IHtmlDocument Html(SiteContent site) => new HtmlParser().ParseDocument(Text(site, AgreementRenderer.HtmlPath));

    [Fact]
    public void Should_render_the_agreement_as_internal_html_and_markdown()
    {
        // Given a promise with an agreement
        var promise = AgreementYaml.Load(AgreementYaml.With(AgreementYaml.Full));

        // When the agreement stage runs
        var site = Build(promise);

        // Then it writes both files, internal, with their types, and nothing else
        Assert.Equal([AgreementRenderer.HtmlPath, AgreementRenderer.MarkdownPath], site.Files.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.All(site.Files.Values, f => Assert.Equal(SiteFileVisibility.Internal, f.Visibility));
        Assert.All(site.Files.Values, f => Assert.Equal("private, no-cache", f.CacheControl));
        Assert.Equal("text/html; charset=utf-8", site.Files[AgreementRenderer.HtmlPath].ContentType);
        Assert.Equal("text/markdown; charset=utf-8", site.Files[AgreementRenderer.MarkdownPath].ContentType);
        var html = Html(site);
        Assert.Equal("noindex, nofollow", html.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("Brightline Social", html.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Should_render_nothing_when_the_promise_has_no_agreement()
    {
        // Given a promise without an agreement
        var promise = AgreementYaml.Load(AgreementYaml.Base);

        // When the agreement stage runs
        var site = Build(promise);

        // Then there are no files
        Assert.Empty(site.Files);
    }

    [Fact]
    public void Should_take_response_times_and_hours_from_the_channels()
    {
        // Given the channel's public promise changes from 15m to 25m
        var yaml = AgreementYaml.With(AgreementYaml.Full).Replace("reply: {within: 15m}", "reply: {within: 25m}");

        // When the agreement is rendered
        var site = Build(AgreementYaml.Load(yaml));

        // Then both outputs state the channel's new promise and its hours, without the agreement repeating them
        var row = Html(site).QuerySelector("#channel-x-help")!;
        Assert.Contains("25 minutes of staffed time", row.TextContent);
        Assert.Contains("Mon–Fri 9:00 AM–6:00 PM", row.TextContent);
        Assert.Contains("America/New_York", row.TextContent);
        Assert.Equal("https://x.com/AcmeAirHelp", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("24/7", Html(site).QuerySelector("#channel-facebook")!.TextContent);
        Assert.Contains("| X [@AcmeAirHelp](<https://x.com/AcmeAirHelp>) | Customer support (English) | 25 minutes of staffed time | the clock starts at the next opening | Mon–Fri 9:00 AM–6:00 PM (America/New\\_York) |", Text(site, AgreementRenderer.MarkdownPath));
    }

    [Fact]
    public void Should_show_kpis_crisis_plan_and_conditions()
    {
        // Given the full agreement
        var site = Build(AgreementYaml.Load(AgreementYaml.With(AgreementYaml.Full)));

        // When the page is read
        var html = Html(site);

        // Then targets, callers with working links, holding statements and conditions are on it
        Assert.Contains("at least 95%", html.QuerySelector("#kpi-on_time_first_replies")!.TextContent);
        Assert.Contains("rolling 90 days", html.QuerySelector("#kpi-first_reply_median")!.TextContent);
        var level = html.QuerySelector("#crisis-sev1")!;
        Assert.Contains("Call within 15 minutes: Duty manager, Dana Ruiz (Head of Care)", level.TextContent);
        Assert.Equal("We are looking into it.", level.QuerySelector("blockquote")!.TextContent);
        Assert.Equal("tel:+442079460123", html.QuerySelector("#contact-duty a")!.GetAttribute("href"));
        Assert.Equal("mailto:dana@acme-air.example", html.QuerySelector("#contact-dana a")!.GetAttribute("href"));
        var conditions = html.QuerySelectorAll("#review ~ ul li").Select(li => li.TextContent).ToArray();
        Assert.Equal(
        [
            "If the KPI “On-time first replies” misses its target (at least 95%) 3 months running: review.",
            "If the KPI “On-time first replies” is below 85% 2 months running: terminate.",
        ], conditions);
        Assert.Contains("60 days", html.QuerySelector("#review + p")!.TextContent);
    }

    [Fact]
    public void Should_escape_untrusted_text_in_the_html()
    {
        // Given a provider name and holding statement carrying markup
        var yaml = AgreementYaml.With(AgreementYaml.Full
            .Replace("name: Brightline Social", "name: \"Bright<script>alert(1)</script>\"")
            .Replace("statement: We are looking into it.", "statement: \"<img src=x onerror=alert(1)>\""));

        // When the page is rendered
        var html = Html(Build(AgreementYaml.Load(yaml)));

        // Then the markup is shown as text and never becomes elements
        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Contains("Bright<script>alert(1)</script>", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("<img src=x onerror=alert(1)>", html.QuerySelector("#crisis-sev1 blockquote")!.TextContent);
    }

    [Fact]
    public void Should_render_prose_as_markdown_but_drop_scripts_and_unsafe_links()
    {
        // Given service details with Markdown, raw HTML and a javascript: link
        var yaml = AgreementYaml.With(AgreementYaml.Full.Replace("details: \"20 posts a month\"",
            "details: \"**20** posts <b onclick=x>a month</b> [see](javascript:alert(1)) [brief](https://acme-air.example/brief)\""));

        // When the page is rendered
        var item = Html(Build(AgreementYaml.Load(yaml))).QuerySelectorAll("#scope + ul li")[1];

        // Then the emphasis is kept, raw HTML is text, and only the https link keeps its target
        Assert.Equal("20", item.QuerySelector("strong:not(:first-child)")!.TextContent);
        Assert.Empty(item.QuerySelectorAll("b"));
        Assert.Contains("<b onclick=x>a month</b>", item.TextContent);
        Assert.Equal(["https://acme-air.example/brief"], item.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href") ?? "").ToArray());
    }

    [Fact]
    public void Should_escape_untrusted_text_in_the_markdown()
    {
        // Given a company name that is Markdown and HTML, and a representative breaking the line
        var yaml = AgreementYaml.With(AgreementYaml.Full
            .Replace("name: Acme Air Inc.", "name: \"*Acme* | <img src=x onerror=alert(1)> [x](javascript:y)\"")
            .Replace("representative: Dana Ruiz", "representative: \"Dana\\n# Ruiz\"")
            .Replace("{kpi: on_time_first_replies, target: 95%}", "{kpi: on_time_first_replies, target: 95%, notes: \"DMs | mentions\\nonly\"}"));

        // When the Markdown is rendered and then rendered again as HTML (as GitHub or an editor preview would)
        var markdown = Text(Build(AgreementYaml.Load(yaml)), AgreementRenderer.MarkdownPath);
        var gfm = Markdig.MarkdownExtensions.UseAdvancedExtensions(new Markdig.MarkdownPipelineBuilder()).Build();
        var again = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, gfm));

        // Then the name reads as typed, with no emphasis, image, link or new heading
        Assert.Contains(@"\*Acme\* \| \<img src=x onerror=alert(1)\> \[x\](javascript:y)", markdown);
        Assert.Empty(again.QuerySelectorAll("img, em, a[href^=javascript]"));
        Assert.Contains("*Acme* | <img src=x onerror=alert(1)> [x](javascript:y)", again.Body!.TextContent);
        Assert.DoesNotContain(again.QuerySelectorAll("h1"), h => h.TextContent.Contains("Ruiz"));
        Assert.Contains("Represented by Dana \\# Ruiz", markdown);
        var kpiRow = again.QuerySelectorAll("tr").Single(tr => tr.TextContent.Contains("On-time first replies"));
        Assert.Equal(4, kpiRow.Children.Length);
        Assert.Equal("DMs | mentions only", kpiRow.Children[3].TextContent);
    }

    [Fact]
    public void Should_render_byte_identical_files_for_the_same_input()
    {
        // Given the example brand, loaded twice
        var first = Build(new PromiseLoader().LoadFile(RepoPaths.Example()));
        var second = Build(new PromiseLoader().LoadFile(RepoPaths.Example()));

        // When both builds are compared
        // Then every file has the same bytes
        Assert.All(first.Files, f => Assert.True(f.Value.Content.Span.SequenceEqual(second.Files[f.Key].Content.Span), f.Key));
    }

    [Fact]
    public void Should_be_part_of_the_default_build()
    {
        // Given the default pipeline and the example brand
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default);

        // When the site is built
        var site = builder.Build(new PromiseLoader().LoadFile(RepoPaths.Example()));

        // Then the agreement files are there in each of the brand's languages (en at the root, es, fr and ar below
        // it), and are the only internal ones
        Assert.Equal(
            ["agreement.html", "agreement.md", "ar/agreement.html", "ar/agreement.md", "es/agreement.html", "es/agreement.md", "fr/agreement.html", "fr/agreement.md"],
            site.Files.Values.Where(f => f.Visibility == SiteFileVisibility.Internal).Select(f => f.Path).Order(StringComparer.Ordinal).ToArray());
    }
}
