using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Rendering.Pages;

/// <summary>What the build writes for notices: the page section, ssla.json, and the Atom feed per language.</summary>
public class NoticesPagesTests
{
    private static readonly string Fixture = Path.Combine(Support.RepoPaths.Root, "tests", "SslaPublisher.Tests", "Rendering", "Pages", "Fixtures", "notices", "ssla.yaml");

    private static readonly Lazy<SiteContent> Site = new(() => PagesSite.Build(Fixture));

    [Fact]
    public void Should_list_every_notice_in_ssla_json_with_utc_windows_and_the_temporary_promise()
    {
        var json = JsonNode.Parse(Site.Value.Text("ssla.json"))!;
        var notices = json["notices"]!.AsArray();
        Assert.Equal(14, json["announce_days"]!.GetValue<int>());
        Assert.Equal(["storm-jan", "facebook-maintenance", "outage-mar", "new-app"], notices.Select(n => n!["id"]!.GetValue<string>()));
        var storm = notices[0]!;
        Assert.Equal("degraded", storm["kind"]!.GetValue<string>());
        Assert.Equal("2027-01-11T11:00:00Z", storm["from"]!.GetValue<string>());
        Assert.Equal("2027-01-12T23:00:00Z", storm["until"]!.GetValue<string>());
        Assert.Equal(["x-help"], storm["channels"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("PT2H", storm["reply"]!["within"]!.GetValue<string>());
        Assert.Equal(120, storm["reply"]!["within_minutes"]!.GetValue<int>());
        Assert.Equal("Tormenta de invierno: muchos mensajes sobre cambios de reserva.", storm["text_by_language"]!["es"]!.GetValue<string>());
        Assert.Null(notices[3]!["until"]);
        Assert.Null(notices[3]!["reply"]);
        Assert.Equal(["x-help", "facebook"], notices[3]!["channels"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public void Should_put_every_notice_with_its_window_in_words_at_the_top_of_every_page()
    {
        foreach (var path in new[] { "index.html", "channels/x-help.html", "es/index.html", "es/channels/facebook.html" })
        {
            var html = Site.Value.Text(path);
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
            Assert.StartsWith("<main id=\"main\" class=\"wrap\">\n<section class=\"notices\"", main, StringComparison.Ordinal);
            Assert.Contains("data-notice=\"storm-jan\" data-kind=\"degraded\" data-from=\"1799665200000\" data-until=\"1799794800000\"", html, StringComparison.Ordinal);
        }
        var english = Site.Value.Text("index.html");
        Assert.Contains("January 11, 2027, 6:00&#160;AM to January 12, 2027, 6:00&#160;PM (New York time)", english, StringComparison.Ordinal);
        Assert.Contains("During this time we reply within 2 hours.", english, StringComparison.Ordinal);
        Assert.Contains("From April 1, 2027, midnight (New York time) until further notice", english, StringComparison.Ordinal);
        Assert.Contains("Del 11 de enero de 2027, 6:00 al 12 de enero de 2027, 18:00 (hora de Nueva York)", Site.Value.Text("es/index.html"), StringComparison.Ordinal);
        // The no-script summary line states what holds at any time.
        Assert.Contains("data-summary>Channels: 2 &#183; fastest promised reply: X, 15 minutes</p>", english, StringComparison.Ordinal);
        // The 404 page has no script to judge windows: no notices there.
        Assert.DoesNotContain("data-notices", Site.Value.Text("404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_the_languages_feed_from_every_page()
    {
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"notices.xml\" title=\"Notices (Atom feed)\">", Site.Value.Text("index.html"), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../es/notices.xml\" title=\"Avisos (feed Atom)\">", Site.Value.Text("es/channels/x-help.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"../notices.xml\" type=\"application/atom+xml\">Notices (Atom feed)</a>", Site.Value.Text("channels/facebook.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notices.xml", "en", "Notice Air: notices", "Slower replies · Channels: X")]
    [InlineData("es/notices.xml", "es", "Notice Air: avisos", "Respuestas más lentas · Canales: X")]
    public void Should_write_an_atom_feed_per_language_that_an_atom_parser_reads(string path, string language, string title, string stormTitle)
    {
        // Given the feed, read by System.ServiceModel.Syndication's Atom 1.0 formatter (it throws on invalid Atom)
        var bytes = Site.Value.Files[path].Content.ToArray();
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        // Then it has the feed's id, title, language and one entry per notice, newest first, with stable ids
        Assert.Equal($"urn:ssla:notice-air:notices:{language}", feed.Id);
        Assert.Equal(title, feed.Title.Text);
        Assert.Equal(language, feed.Language);
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 4, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Equal("Notice Air", feed.Authors.Single().Name);
        Assert.Equal($"https://promise.notice-air.example/{(language == "en" ? "" : language + "/")}notices.xml",
            feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        var items = feed.Items.ToList();
        Assert.Equal(new[] { "new-app", "outage-mar", "facebook-maintenance", "storm-jan" }.Select(id => $"urn:ssla:notice-air:notice:{id}:{language}"), items.Select(i => i.Id));
        var storm = items[3];
        Assert.Equal(stormTitle, storm.Title.Text);
        // An updated notice keeps its id; it was published at its start and updated at its latest update, which
        // leads its content
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 11, 0, 0, TimeSpan.Zero), storm.PublishDate);
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 17, 0, 0, TimeSpan.Zero), storm.LastUpdatedTime);
        Assert.Equal("degraded", storm.Categories.Single().Name);
        Assert.EndsWith("index.html#notice-storm-jan", storm.Links.Single().Uri.ToString(), StringComparison.Ordinal);
        var content = Assert.IsType<TextSyndicationContent>(storm.Content);
        Assert.Contains(language == "en" ? "During this time we reply within 2 hours." : "Durante este periodo respondemos en 2 horas.", content.Text, StringComparison.Ordinal);
        Assert.StartsWith(language == "en" ? "January 11, 2027, noon: Most rebookings are done" : "11 de enero de 2027", content.Text.Replace('\u202f', ' '), StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "we are catching up." : "nos estamos poniendo al día.", content.Text, StringComparison.Ordinal);
        Assert.Equal(bytes, PagesSite.Build(Fixture).Files[path].Content.ToArray());
    }

    [Fact]
    public void Should_write_a_valid_empty_feed_with_relative_links_for_a_brand_without_notices_or_base_url()
    {
        // The thirteen-language fixture has neither notices nor a base URL
        var site = PagesSite.Build(PagesSite.LanguagesExample);
        var feedPath = site.Files.Keys.Single(p => p.EndsWith("notices.xml", StringComparison.Ordinal) && !p.Contains('/', StringComparison.Ordinal));
        using var reader = XmlReader.Create(new MemoryStream(site.Files[feedPath].Content.ToArray()));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("notices.xml", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Equal("index.html", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Empty(feed.Items);
        // A feed in a language folder links back up to it, relative to the feed's own address.
        var nested = SyndicationFeed.Load(XmlReader.Create(new MemoryStream(site.Files["ja/notices.xml"].Content.ToArray())));
        Assert.Equal("../ja/notices.xml", nested.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
    }

    [Fact]
    public void Should_list_a_notices_updates_oldest_first_in_ssla_json_and_newest_first_on_the_page()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Site.Value.Text("ssla.json"))!;
        var storm = json["notices"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == "storm-jan")!;
        Assert.Equal("2027-01-11T17:00:00Z", storm["updated"]!.GetValue<string>());
        var update = Assert.Single(storm["updates"]!.AsArray())!;
        Assert.Equal("2027-01-11T17:00:00Z", update["at"]!.GetValue<string>());
        Assert.Equal("La mayoría de los cambios de reserva están hechos; nos estamos poniendo al día.", update["text_by_language"]!["es"]!.GetValue<string>());
        // The page carries it, dated in the brand's zone, for the script to show from its time on
        Assert.Contains("<li data-at=\"1799686800000\"><time datetime=\"2027-01-11T17:00:00Z\">January 11, 2027, noon</time>", Site.Value.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_hostile_update_inert_in_the_feed_and_ssla_json()
    {
        var site = PagesSite.Build(PagesSite.XssExample);
        var payload = "<svg onload=__ssla_xss(22)> \u2028 </script><script>__ssla_xss(23)</script> ]]> <![CDATA[ x";
        // The feed parses, and the update is its text, character for character
        var feed = SyndicationFeed.Load(XmlReader.Create(new MemoryStream(site.Files["notices.xml"].Content.ToArray())));
        Assert.Contains(payload, Assert.IsType<TextSyndicationContent>(feed.Items.Single().Content).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", site.Text("notices.xml"), StringComparison.Ordinal);
        // ssla.json gives it back unchanged
        var json = System.Text.Json.Nodes.JsonNode.Parse(site.Text("ssla.json"))!;
        Assert.Equal(payload, json["notices"]![0]!["updates"]![0]!["text"]!.GetValue<string>());
        // The page has no raw markup of it, in the list or in the live data
        var page = site.Text("index.html");
        Assert.DoesNotContain("<svg onload", page, StringComparison.Ordinal);
        Assert.DoesNotContain("</script><script>__ssla_xss(23)", page, StringComparison.Ordinal);
    }
}
