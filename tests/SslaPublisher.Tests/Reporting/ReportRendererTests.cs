using System.Text;
using AngleSharp.Html.Parser;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Reporting;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Reporting;

public class ReportRendererTests
{
    private const string Rows = """
        x-help,2026-10-01T13:00:00Z,2026-10-01T13:10:00Z
        x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z
        x-help,2026-11-23T14:00:00Z,2026-11-23T14:40:00Z
        ops,2026-11-23T10:00:00Z,2026-11-23T10:05:00Z
        """;

    private static IReadOnlyList<SiteFile> Render() =>
        ReportRenderer.Render(ReportingFixtures.Measure(Rows, "2026-12-15T00:00Z", withAgreement: true),
            new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default);

    [Fact]
    public void Should_render_an_internal_html_page_and_json_and_public_badges()
    {
        var files = Render();

        Assert.Equal(["report.html", "report.json"], files.Take(2).Select(f => f.Path));
        Assert.All(files.Take(2), f => Assert.Equal(SiteFileVisibility.Internal, f.Visibility));
        Assert.All(files.Skip(2), f => Assert.StartsWith("badges/", f.Path, StringComparison.Ordinal));
        Assert.All(files.Skip(2), f => Assert.Equal(SiteFileVisibility.Public, f.Visibility));
    }

    [Fact]
    public void Should_leave_out_the_conditions_heading_when_the_agreement_sets_no_conditions()
    {
        // Given an agreement with KPIs but no review or termination conditions
        var block = ReportingFixtures.AgreementBlock[..ReportingFixtures.AgreementBlock.IndexOf("  conditions:", StringComparison.Ordinal)];
        var promise = new PromiseLoader().Load(ReportingFixtures.Yaml + block, "/virtual/ssla.yaml");
        var record = TrackRecordReader.Read(promise, new StringReader("channel,received_at,first_reply_at\n" + Rows),
            ReportingFixtures.At("2026-12-15T00:00Z"), skipBadRows: false);

        // When the page is rendered
        var html = Encoding.UTF8.GetString(ReportRenderer.Render(record, new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default)[0].Content.Span);
        var verdict = new HtmlParser().ParseDocument(html).GetElementById("verdict")!;

        // Then the verdict table is there, but no empty conditions heading or list under it
        Assert.NotNull(verdict.QuerySelector("table"));
        Assert.Empty(verdict.QuerySelectorAll("h3"));
        Assert.Empty(verdict.QuerySelectorAll("ul"));
    }

    [Fact]
    public void Should_draw_a_bar_per_month_and_per_bucket_with_a_target_line_in_inline_svg()
    {
        // Given the rendered page
        var html = Encoding.UTF8.GetString(Render()[0].Content.Span);
        var document = new HtmlParser().ParseDocument(html);

        // Then x-help has an on-time chart with two months (October 100%, November 50%) and the 90% target line
        var section = document.GetElementById("channel-x-help")!;
        var charts = section.QuerySelectorAll("svg");
        Assert.Equal(2, charts.Length);
        var bars = charts[0].QuerySelectorAll("rect");
        Assert.Equal(["ok", "bad"], bars.Select(b => b.GetAttribute("class")));
        Assert.Equal(["100.0%", "50.0%"], charts[0].QuerySelectorAll("text.value").Select(t => t.TextContent));
        Assert.Single(charts[0].QuerySelectorAll("line.target"));

        // And the distribution has ten buckets, the first two within the 15-minute promise
        var buckets = charts[1].QuerySelectorAll("rect");
        Assert.Equal(10, buckets.Length);
        Assert.Equal(["ok", "ok", "late"], buckets.Take(3).Select(b => b.GetAttribute("class")));
        Assert.Equal("2", charts[1].QuerySelectorAll("text.value")[1].TextContent);

        // And the channel's badge is shown beside its figures
        Assert.Equal("badges/x-help-on-time.svg", section.QuerySelector("img")!.GetAttribute("src"));

        // And no script is needed
        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public void Should_escape_untrusted_text_and_show_the_verdict()
    {
        // Given the rendered page of a brand whose name holds markup
        var html = Encoding.UTF8.GetString(Render()[0].Content.Span);

        // Then the name is escaped everywhere; on-time missed in November, but September had no data, so no review
        Assert.DoesNotContain("<Air>", html, StringComparison.Ordinal);
        Assert.Contains("Acme &lt;Air&gt; &amp; &quot;Co&quot;", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains(document.QuerySelectorAll("#verdict li"), li => li.TextContent.Contains("3 months running: review.", StringComparison.Ordinal)
            && li.QuerySelector(".tag")!.TextContent == "not triggered");
        Assert.Equal("missed", document.QuerySelector("#verdict tbody tr .tag")!.TextContent);
    }

    [Fact]
    public void Should_label_months_as_each_language_writes_them_and_keep_iso_months_in_json()
    {
        // Given a brand with English, Spanish, Japanese and Arabic pages
        var yaml = ReportingFixtures.Yaml.Replace("timezone: America/New_York}", "timezone: America/New_York, languages: [en, es, ja, ar]}", StringComparison.Ordinal);
        var promise = new PromiseLoader().Load(yaml, "/virtual/ssla.yaml");
        var record = TrackRecordReader.Read(promise, new StringReader("channel,received_at,first_reply_at\n" + Rows),
            ReportingFixtures.At("2026-12-15T00:00Z"), skipBadRows: false);

        // When the report is rendered
        var files = ReportRenderer.Render(record, new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default);
        string Page(string path) => Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content.Span);
        string[] Labels(string path) => [.. new HtmlParser().ParseDocument(Page(path)).GetElementById("channel-x-help")!
            .QuerySelector("table")!.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent)];

        // Then each language's page names the months in its own words (CLDR yMMM) and links the shared badges
        Assert.Equal(["Oct 2026", "Nov 2026", "All months"], Labels("report.html"));
        Assert.Equal(["oct 2026", "nov 2026"], Labels("es/report.html")[..2]);
        Assert.Equal(["2026年10月", "2026年11月"], Labels("ja/report.html")[..2]);
        Assert.Equal(["أكتوبر ٢٠٢٦", "نوفمبر ٢٠٢٦"], Labels("ar/report.html")[..2]);
        var arabic = new HtmlParser().ParseDocument(Page("ar/report.html"));
        Assert.Equal(("ar", "rtl"), (arabic.DocumentElement.GetAttribute("lang"), arabic.DocumentElement.GetAttribute("dir")));
        Assert.Equal("../badges/x-help-on-time.svg", arabic.QuerySelector("#channel-x-help img")!.GetAttribute("src"));

        // And the machine-readable report keeps ISO months
        Assert.Contains("\"month\": \"2026-11\"", Page("report.json").Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_render_the_same_bytes_twice()
    {
        Assert.Equal(Render()[0].Content.ToArray(), Render()[0].Content.ToArray());
    }

    [Fact]
    public void Should_say_on_the_page_how_many_bad_rows_were_skipped_and_where()
    {
        // Given a bad row on line 3, skipped
        var record = ReportingFixtures.Measure("ops,2026-11-23T10:00:00Z,\nnope,2026-11-23T10:00:00Z,\n", "2026-12-01T00:00Z", skipBadRows: true);

        // When the page is rendered
        var html = Encoding.UTF8.GetString(ReportRenderer.Render(record, new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default)[0].Content.Span);

        // Then the count and the located row are on it
        Assert.Contains("bad rows skipped: 1", html, StringComparison.Ordinal);
        var row = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("ul.bad-rows li")!;
        Assert.Equal("line 3, channel: unknown channel “nope” (channels in ssla.yaml: x-help, insta, ops)", row.TextContent);
        Assert.Equal(["channel", "nope", "ssla.yaml", "x-help", "insta", "ops"], row.QuerySelectorAll("bdi.cell").Select(b => b.TextContent));
    }
}
