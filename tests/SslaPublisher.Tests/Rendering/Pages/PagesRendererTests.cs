using System.Text.Json;
using AngleSharp.Html.Parser;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Pages;

public sealed class PagesRendererTests
{
    private static readonly SiteContent Example = PagesSite.Build(RepoPaths.Example());
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Should_write_a_page_set_per_language_plus_404_json_and_assets()
    {
        // Given the example brand (languages en, es, fr, ar; five channels)
        // When its pages are built
        var paths = Example.Files.Keys.ToList();

        // Then the default language is at the root, each other under its tag, and the shared files (with the logo) once
        string[] channels = ["x-help", "facebook", "instagram", "linkedin", "mastodon-ops"];
        string[] others = ["es", "fr", "ar"];
        Assert.Equal(
            new[] { "404.html", "assets/live.js", "assets/logo.png", "assets/site.css", "index.html", "notices.xml", "ssla.json" }
                .Concat(others.Select(l => $"{l}/index.html"))
                .Concat(others.Select(l => $"{l}/notices.xml"))
                .Concat(channels.Select(c => $"channels/{c}.html"))
                .Concat(others.SelectMany(l => channels.Select(c => $"{l}/channels/{c}.html")))
                .Order(StringComparer.Ordinal),
            paths);
        Assert.Equal("es", Parser.ParseDocument(Example.Text("es/index.html")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Cómo respondemos en redes sociales", Parser.ParseDocument(Example.Text("es/index.html")).QuerySelector("h1")!.TextContent);
        Assert.True(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "examples", "acme-air", "logo.png")).AsSpan().SequenceEqual(Example.Files["assets/logo.png"].Content.Span));
    }

    [Fact]
    public void Should_link_only_to_files_that_exist_with_explicit_file_names()
    {
        // Given every page of the example
        foreach (var (path, _) in Example.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && f.Key != "404.html"))
        {
            var document = Parser.ParseDocument(Example.Text(path));
            // When each relative link and asset reference is resolved against the page's own location
            var references = document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(r => !r.Contains(':', StringComparison.Ordinal) && !r.StartsWith('#'));
            foreach (var reference in references)
            {
                var target = new Uri(new Uri("http://site/" + path), reference).AbsolutePath.TrimStart('/');
                // Then it names a file (works on the plain blob endpoint) and that file is built (og.png comes from banners)
                Assert.False(reference.EndsWith('/'), $"{path}: link '{reference}' has no file name");
                Assert.True(Example.Files.ContainsKey(target) || target == "og.png", $"{path}: link '{reference}' → '{target}' is not in the site");
            }
        }
    }

    [Fact]
    public void Should_reference_every_asset_of_the_404_page_from_the_base_url()
    {
        // Given the 404 page of a brand with base_url https://promise.acme-air.example/, which the host serves at
        // whatever path was missing (say /old/deep/page)
        var document = Parser.ParseDocument(Example.Text("404.html"));

        // When its links and asset references are listed
        var references = document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(r => !r.StartsWith('#'))
            .ToList();

        // Then the stylesheet, logo, home link and ssla.json are absolute, so none of them breaks at depth
        Assert.Contains("https://promise.acme-air.example/assets/site.css", references);
        Assert.Contains("https://promise.acme-air.example/assets/logo.png", references);
        Assert.Contains("https://promise.acme-air.example/ssla.json", references);
        Assert.All(references, r => Assert.StartsWith("https://", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_declare_canonical_hreflang_and_share_meta_from_the_base_url()
    {
        // Given the Spanish page of the X channel of a brand with base_url https://promise.acme-air.example/
        var head = Parser.ParseDocument(Example.Text("es/channels/x-help.html")).Head!;
        string? Meta(string property) => head.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

        // Then canonical and og:url are the page's absolute URL, with every language as an alternate
        Assert.Equal("https://promise.acme-air.example/es/channels/x-help.html", head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://promise.acme-air.example/es/channels/x-help.html", Meta("og:url"));
        var alternates = head.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("https://promise.acme-air.example/channels/x-help.html", alternates["en"]);
        Assert.Equal("https://promise.acme-air.example/es/channels/x-help.html", alternates["es"]);
        Assert.Equal("https://promise.acme-air.example/channels/x-help.html", alternates["x-default"]);
        // And og:image is the absolute share image with its size and alt text
        Assert.Equal("https://promise.acme-air.example/og.png", Meta("og:image"));
        Assert.Equal("1200", Meta("og:image:width"));
        Assert.Equal("630", Meta("og:image:height"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:image:alt")));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
        Assert.Equal("@AcmeAirHelp", Meta("twitter:site"));
    }

    [Fact]
    public void Should_reference_the_share_image_relatively_without_a_base_url()
    {
        // Given a brand without base_url
        var yaml = File.ReadAllText(RepoPaths.Example())
            .Replace("  base_url: https://promise.acme-air.example/\n", "", StringComparison.Ordinal)
            .Replace("  logo: logo.png\n", "", StringComparison.Ordinal);
        // (copied alone, without the banner photo beside the example)
        yaml = string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith("  banner:", StringComparison.Ordinal)));
        using var dir = new TempDir();
        var site = PagesSite.Build(dir.Write("ssla.yaml", yaml));

        // When the Spanish channel page is read
        var head = Parser.ParseDocument(site.Text("es/channels/x-help.html")).Head!;

        // Then there is no canonical, and og:image points back to the root's og.png
        Assert.Null(head.QuerySelector("link[rel=canonical]"));
        Assert.Equal("../../og.png", head.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void Should_describe_the_organization_in_json_ld_with_a_contact_point_per_channel()
    {
        // Given the example's home page
        var script = Parser.ParseDocument(Example.Text("index.html")).QuerySelector("script[type='application/ld+json']")!;

        // When its JSON-LD is parsed
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;

        // Then it is an Organization with one ContactPoint per channel and their hours
        Assert.Equal("Organization", root.GetProperty("@type").GetString());
        Assert.Equal("Acme Air", root.GetProperty("name").GetString());
        var points = root.GetProperty("contactPoint").EnumerateArray().ToList();
        Assert.Equal(5, points.Count);
        var x = points[0];
        Assert.Equal("https://x.com/AcmeAirHelp", x.GetProperty("url").GetString());
        Assert.Equal(["en", "es", "fr"], x.GetProperty("availableLanguage").EnumerateArray().Select(l => l.GetString()));
        var weekdays = x.GetProperty("hoursAvailable")[0];
        Assert.Equal("OpeningHoursSpecification", weekdays.GetProperty("@type").GetString());
        Assert.Equal(5, weekdays.GetProperty("dayOfWeek").GetArrayLength());
        Assert.Equal("09:00:00", weekdays.GetProperty("opens").GetString());
        Assert.Equal("18:00:00", weekdays.GetProperty("closes").GetString());
        // And the overnight range closes earlier than it opens (schema.org: runs into the next day)
        var night = points[4].GetProperty("hoursAvailable")[1];
        Assert.Equal(("22:00:00", "02:00:00"), (night.GetProperty("opens").GetString(), night.GetProperty("closes").GetString()));
    }

    [Fact]
    public void Should_write_ssla_json_with_the_whole_promise()
    {
        // Given the example's ssla.json
        using var json = JsonDocument.Parse(Example.Files["ssla.json"].Content);
        var root = json.RootElement;

        // Then it carries the brand, every channel with its rules, and the crisis contact
        Assert.Equal(1, root.GetProperty("ssla_version").GetInt32());
        Assert.Equal("acme-air", root.GetProperty("brand").GetProperty("slug").GetString());
        var x = root.GetProperty("channels")[0];
        Assert.Equal("x-help", x.GetProperty("id").GetString());
        Assert.Equal("channels/x-help.html", x.GetProperty("page").GetString());
        Assert.Equal("America/New_York", x.GetProperty("timezone").GetString());
        Assert.Equal("PT15M", x.GetProperty("reply").GetProperty("within").GetString());
        Assert.Equal(15, x.GetProperty("reply").GetProperty("within_minutes").GetInt32());
        Assert.Equal("09:00", x.GetProperty("hours").GetProperty("week").GetProperty("monday")[0].GetProperty("start").GetString());
        Assert.Equal(0, x.GetProperty("hours").GetProperty("week").GetProperty("sunday").GetArrayLength());
        Assert.Equal("2026-12-25", x.GetProperty("closed")[0].GetProperty("from").GetString());
        Assert.Equal("https://acme-air.example/refunds", x.GetProperty("not_for")[0].GetProperty("go_to").GetString());
        Assert.Equal("P1D", root.GetProperty("channels")[2].GetProperty("reply").GetProperty("within").GetString());
        Assert.True(root.GetProperty("channels")[4].GetProperty("hours").GetProperty("week").GetProperty("friday")[1].GetProperty("crosses_midnight").GetBoolean());
        Assert.Equal("+1 800 555 0199", root.GetProperty("crisis").GetProperty("contact").GetString());
        Assert.Equal("application/json; charset=utf-8", Example.Files["ssla.json"].ContentType);
    }

    [Fact]
    public void Should_state_everything_in_static_html_for_readers_without_javascript()
    {
        // Given the home page as a browser without JavaScript would show it
        var document = Parser.ParseDocument(Example.Text("index.html"));
        var card = document.QuerySelector("article#x-help")!;

        // Then the card states the hours with their zone, the reply promise, the off-hours rule, urgent contact and where to go instead
        var text = card.TextContent.Replace('\u00A0', ' ');
        Assert.Contains("Monday–Friday", text);
        Assert.Contains("9:00 AM–6:00 PM", text);
        Assert.Contains("Times are New York time.", text);
        Assert.Equal("America/New_York", card.QuerySelector("caption .zone")!.GetAttribute("title"));
        Assert.Contains("Within 15 minutes while staffed", text);
        Assert.Contains("Messages are answered within 15 minutes of reopening.", text);
        Assert.Contains("December 25, 2026", text);
        Assert.Equal("tel:+18005550100", card.QuerySelector(".urgent a")!.GetAttribute("href"));
        Assert.Equal("https://acme-air.example/refunds", card.QuerySelector(".not-for a")!.GetAttribute("href"));
        Assert.Equal("https://x.com/AcmeAirHelp", card.QuerySelector(".card-title a")!.GetAttribute("href"));
        // And the overnight range is marked as ending the next day
        Assert.Contains("10:00 PM–2:00 AM", document.QuerySelector("article#mastodon-ops")!.TextContent.Replace('\u00A0', ' '));
        Assert.Contains("(next day)", document.QuerySelector("article#mastodon-ops")!.TextContent);
    }

    [Fact]
    public void Should_build_byte_identical_output_twice()
    {
        // Given the example built twice
        var again = PagesSite.Build(RepoPaths.Example());

        // Then every file has the same bytes
        Assert.Equal(Example.Files.Keys, again.Files.Keys);
        foreach (var (path, file) in Example.Files)
            Assert.True(file.Content.Span.SequenceEqual(again.Files[path].Content.Span), $"{path} differs between builds");
    }

    [Fact]
    public void Should_keep_the_home_page_with_its_css_and_js_under_50_kb()
    {
        // Given the example's home page and the assets it loads
        long Size(string path) => Example.Files[path].Content.Length;

        // When they are added up
        var total = Size("index.html") + Size("assets/site.css") + Size("assets/live.js");

        // Then the budget holds (images aside)
        Assert.True(total < 50 * 1024, $"index.html + CSS + JS is {total:N0} bytes");
    }

    [Fact]
    public void Should_use_a_template_from_the_override_folder_and_the_rest_from_the_built_ins()
    {
        // Given an override folder replacing only the card template
        using var overrides = new TempDir();
        overrides.Write("pages/card.html.sbn", "<article class=\"custom\">{{ c.handle }} · {{ t.pages.reply_heading }}</article>\n");

        // When the example is built with it
        var site = PagesSite.Build(RepoPaths.Example(), overrides.Path);

        // Then cards come from the override (values still escaped) while the layout and CSS are the built-ins
        var document = Parser.ParseDocument(site.Text("index.html"));
        Assert.Equal(5, document.QuerySelectorAll("article.custom").Length);
        Assert.Equal("@AcmeAirHelp · Reply time", document.QuerySelector("article.custom")!.TextContent);
        Assert.Null(document.QuerySelector("article.card"));
        Assert.NotNull(document.QuerySelector("header.masthead"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "assets", "site.css")), site.Text("assets/site.css"));
    }

    [Fact]
    public void Should_use_an_overridden_strings_file_and_css()
    {
        // Given an override of the Spanish strings with only the heading, and of the stylesheet
        using var overrides = new TempDir();
        overrides.Write("i18n/es.yaml", "pages:\n  heading: Nuestra promesa\n");
        overrides.Write("assets/site.css", "body{color:red}\n");

        // When the example is built
        var site = PagesSite.Build(RepoPaths.Example(), overrides.Path);

        // Then the new heading shows, the keys the file lacks fall back to English, and the CSS is replaced
        var document = Parser.ParseDocument(site.Text("es/index.html"));
        Assert.Equal("Nuestra promesa", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Reply time", document.QuerySelector("article#x-help")!.TextContent);
        Assert.Equal("How we answer on social media", Parser.ParseDocument(site.Text("index.html")).QuerySelector("h1")!.TextContent);
        Assert.Equal("body{color:red}\n", site.Text("assets/site.css"));
    }

    [Fact]
    public void Should_escape_every_payload_in_the_html_source()
    {
        // Given a brand whose every string is a script payload
        var site = PagesSite.Build(PagesSite.XssExample);

        foreach (var (path, _) in site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Parser.ParseDocument(site.Text(path));
            // Then the only scripts are ours: the JSON data blocks and the live script
            Assert.All(document.Scripts, s => Assert.True(
                s.GetAttribute("type") is "application/ld+json" or "application/json" || s.Source?.EndsWith("assets/live.js", StringComparison.Ordinal) == true,
                $"{path}: unexpected script {s.OuterHtml}"));
            // And no element carries an event handler, a style or a javascript:/data: URL
            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(element.Attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(element.Attributes, a => a.Value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
            }
            Assert.Empty(document.QuerySelectorAll("img, svg, iframe, body style, b"));
            // And the JSON blocks still parse (nothing broke out of them) and carry the text unchanged
            foreach (var data in document.QuerySelectorAll("script[type$=json]"))
                using (JsonDocument.Parse(data.TextContent)) { }
        }
        var home = Parser.ParseDocument(site.Text("index.html"));
        Assert.Equal("Evil <script>__ssla_xss(1)</script> & \"Co\" </script><script>__ssla_xss(2)</script>", home.QuerySelector(".brand")!.TextContent);
        using var ld = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(home.QuerySelector(".brand")!.TextContent, ld.RootElement.GetProperty("name").GetString());
    }
}
