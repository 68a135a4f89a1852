using SslaPublisher.Definition;
using SslaPublisher.Input;
using SslaPublisher.Rendering.Agreement;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Rendering;

/// <summary>A file at every input limit that validates also renders: no template limit sits below the input limits.</summary>
public class InputLimitRenderTests
{
    [Fact]
    public void Should_render_the_pages_of_a_brand_at_the_channel_and_closed_date_limits()
    {
        // Given the most channels allowed, each with the most closed dates allowed (the old build failed at 167
        // channels, or 1,000 closed dates, on Scriban's loop budget after validation had passed)
        var dates = string.Join(", ", Enumerable.Range(0, InputLimits.ClosedPerChannel).Select(i => new NodaTime.LocalDate(2026, 1, 1).PlusDays(i).ToString("yyyy-MM-dd", null)));
        var channels = string.Concat(Enumerable.Range(0, InputLimits.Channels).Select(i => $"""
              - id: c{i}
                platform: x
                handle: "@c{i}"
                purpose: support
                summary: Orders.
                hours: {"{"}mon-fri: "09:00-18:00"{"}"}
                closed: [{dates}]
                reply: {"{"}within: 15m{"}"}

            """));
        var promise = new PromiseLoader().Load($"brand:\n  name: Acme\n  slug: acme\n  timezone: America/New_York\nchannels:\n{channels}", "/tmp/acme/ssla.yaml");

        // When the template-driven stages render it
        var site = new SiteBuilder([new PagesRenderer(), new AgreementRenderer(), new MarketingPageRenderer()], TemplateSet.Default).Build(promise);

        // Then every channel has its page, and the home page lists the last channel in full (nothing cut short)
        Assert.Equal(InputLimits.Channels, site.Files.Values.Count(f => f.Path.StartsWith("channels/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal)));
        var home = System.Text.Encoding.UTF8.GetString(site.Files["index.html"].Content.Span);
        Assert.Contains($"c{InputLimits.Channels - 1}", home, StringComparison.Ordinal);
        Assert.EndsWith("</html>", home.TrimEnd(), StringComparison.Ordinal);
    }
}
