using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Reporting;
using SslaPublisher.Site;

namespace SslaPublisher.Tests.Reporting;

/// <summary>The report's targets, conditions, durations and track-record badges in the page's or channel's language.</summary>
public sealed partial class ReportLanguagesTests
{
    // Late and missed replies on x-help (15m promise), a quick one on ops; an agreement with targets and conditions.
    private const string Rows = """
        x-help,2026-10-01T13:00:00Z,2026-10-01T13:10:00Z
        x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z
        x-help,2026-11-23T14:00:00Z,2026-11-23T14:52:05Z
        x-help,2026-11-24T14:00:00Z,
        ops,2026-11-23T10:00:00Z,2026-11-23T10:05:00Z
        """;

    private static readonly Lazy<IReadOnlyList<SiteFile>> Files = new(() =>
    {
        var yaml = (ReportingFixtures.Yaml + ReportingFixtures.AgreementBlock)
            .Replace("timezone: America/New_York}", "timezone: America/New_York, languages: [en, es, ja, ar]}", StringComparison.Ordinal)
            // The brand's own off-hours text is English only; the test is about the report's words.
            .Replace("off_hours: \"Weekend messages are answered on Monday.\"", "off_hours: next-opening", StringComparison.Ordinal)
            // x-help answers in Spanish first, so its track-record badge speaks Spanish.
            .Replace("purpose: support, summary: Help.,", "purpose: support, summary: Help., languages: [es, en],", StringComparison.Ordinal);
        var promise = new PromiseLoader().Load(yaml, "/virtual/ssla.yaml");
        var record = TrackRecordReader.Read(promise, new StringReader("channel,received_at,first_reply_at\n" + Rows),
            ReportingFixtures.At("2026-12-15T00:00Z"), skipBadRows: false);
        return ReportRenderer.Render(record, new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default);
    });

    private static string Content(string path) => Encoding.UTF8.GetString(Files.Value.Single(f => f.Path == path).Content.Span);

    private static IDocument Page(string language) => new HtmlParser().ParseDocument(Content(language == "en" ? "report.html" : language + "/report.html"));

    // Words an English term, sentence or unit would leave on another language's report.
    [GeneratedRegex(@"\b(at least|at most|within|months? running|in any month|review|renegotiate|terminate|misses|below|above|if|minutes?|hours?|days?|no data|on time|late|missed|median|target)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // A duration in Latin letters ("12m", "5s"): CLDR's narrow form in English and Spanish, English to a reader of
    // Japanese or Arabic.
    [GeneratedRegex(@"\d+\s?[smhd]\b")]
    private static partial Regex LatinDuration();

    [Theory]
    [InlineData("es", false)]
    [InlineData("ja", true)]
    [InlineData("ar", true)]
    public void Should_leave_no_english_terms_durations_or_conditions_on_another_languages_report(string language, bool nonLatinScript)
    {
        // Given the report of a brand with an agreement, in one of its other languages
        var page = Page(language);

        // When every text of the page is read, except ids and the platform names it quotes
        var text = string.Join(" | ", page.Body!.Descendants<IText>().Select(t => t.Data)
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Ids().Replace(t, " ")));

        // Then no English word is left, nor, in a language not written in Latin letters, a duration in them ("12m 5s")
        Assert.Empty(EnglishWord().Matches(text).Select(m => m.Value));
        if (nonLatinScript) Assert.Empty(LatinDuration().Matches(text).Select(m => m.Value));
    }

    [Theory]
    [InlineData("en", "Months and times are New York time.")]
    [InlineData("es", "Meses y horas según la hora de Nueva York.")]
    [InlineData("ja", "月と時刻はニューヨーク時間です。")]
    [InlineData("ar", "الأشهر والأوقات بتوقيت نيويورك.")]
    public void Should_name_the_channels_clock_by_its_city_in_the_reports_language(string language, string expected)
    {
        // Given the report of a brand whose channels keep New York's clock, in one of its languages
        var zoneLine = Page(language).QuerySelector("#channel-x-help p.muted")!.TextContent;

        // Then the line about times names the city as the language does (CLDR), not the IANA id
        var withoutIsolates = new string([.. zoneLine.Where(ch => ch is not ('\u2066' or '\u2067' or '\u2068' or '\u2069'))]);
        Assert.EndsWith(expected, withoutIsolates, StringComparison.Ordinal);
        Assert.DoesNotContain("America/New_York", zoneLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_targets_conditions_and_durations_as_each_language_does()
    {
        // Given the Spanish, Japanese and Arabic reports
        var spanish = Page("es");
        var japanese = Page("ja");

        // Then the verdict's targets and conditions are the agreement's words in the language
        Assert.Equal("al menos 90 %", spanish.QuerySelector("#verdict tbody tr td:nth-child(2)")!.TextContent);
        Assert.Equal("como máximo 20 minutos", spanish.QuerySelectorAll("#verdict tbody tr")[1].Children[1].TextContent);
        Assert.Contains(spanish.QuerySelectorAll("#verdict li"),
            li => li.TextContent.StartsWith("Si el indicador «Primeras respuestas a tiempo» no cumple su objetivo (al menos 90 %) durante 3 meses seguidos: revisión.", StringComparison.Ordinal));
        Assert.Equal("90% 以上", japanese.QuerySelector("#verdict tbody tr td:nth-child(2)")!.TextContent);
        Assert.Equal("٩٠٪؜ على الأقل", Page("ar").QuerySelector("#verdict tbody tr td:nth-child(2)")!.TextContent);

        // And measured times are the language's compact CLDR units (narrow, or short where narrow falls back to
        // Latin letters): the late reply took 52 min 5 s, 37 min 5 s late
        Assert.Contains("37min 5s", Breaches(spanish));
        Assert.Contains("37 分 5 秒", Breaches(japanese));
        Assert.Contains("37m 5s", Breaches(Page("en")));
        Assert.Contains("≤ 15min", Labels(spanish));
        Assert.Contains("> 2d", Labels(spanish));
        Assert.Contains("≤ 15 分", Labels(japanese));
    }

    [Fact]
    public void Should_write_each_track_record_badge_in_its_channels_language()
    {
        // Given x-help answering in Spanish first and ops in English (the brand's default)
        var spanish = Content("badges/x-help-on-time.svg");
        var english = Content("badges/ops-on-time.svg");

        // Then each badge's words, percentage and window are its channel's language
        Assert.Contains("aria-label=\"X: a tiempo: 50 % &#183; 90d\"", spanish, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Mastodon on time: 100% &#183; 90d\"", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", false)]
    [InlineData("es", false)]
    [InlineData("ar", true)]
    public void Should_run_the_charts_time_axis_right_to_left_on_a_right_to_left_page(string language, bool rightToLeft)
    {
        // Given the x-help section of the report, whose months run from October to December 2026
        var section = Page(language).GetElementById("channel-x-help")!;

        // When the bars of the month chart and of the reply-time chart are read in the order the page lists them
        // (oldest month first, shortest time first)
        double[] X(int chart) => [.. section.QuerySelectorAll("svg")[chart].QuerySelectorAll("rect")
            .Select(r => double.Parse(r.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture))];
        var months = X(0);
        var times = X(1);

        // Then on the Arabic page each next bar stands left of the one before (time runs right to left, like the
        // month table's columns), and on left-to-right pages right of it
        Assert.True(months.Length >= 2 && times.Length >= 2);
        var ordered = rightToLeft ? months.Zip(months.Skip(1), (a, b) => a > b) : months.Zip(months.Skip(1), (a, b) => a < b);
        Assert.All(ordered, Assert.True);
        var orderedTimes = rightToLeft ? times.Zip(times.Skip(1), (a, b) => a > b) : times.Zip(times.Skip(1), (a, b) => a < b);
        Assert.All(orderedTimes, Assert.True);
    }

    [Fact]
    public void Should_describe_skipped_rows_in_the_reports_language()
    {
        // Given an export with one bad row of each kind, measured with --skip-bad-rows, for a brand in fr, ar and ja
        const string bad = """
            x-help,2026-11-23T09:00,
            nope,2026-11-23T10:00:00Z,
            x-help,yesterday,
            x-help,2026-11-23T14:00:00Z,2026-11-23T13:00:00Z
            ,2026-11-23T10:00:00Z,
            x-help
            x-help,,
            {channels},2026-11-23T10:00:00Z,
            """;
        var yaml = ReportingFixtures.Yaml.Replace("timezone: America/New_York}", "timezone: America/New_York, languages: [en, fr, ar, ja]}", StringComparison.Ordinal);
        var promise = new PromiseLoader().Load(yaml, "/virtual/ssla.yaml");
        var record = TrackRecordReader.Read(promise, new StringReader("channel,received_at,first_reply_at\n" + bad),
            ReportingFixtures.At("2026-12-15T00:00Z"), skipBadRows: true);
        var files = ReportRenderer.Render(record, new TemplateRenderer(TemplateSet.Default), PlatformCatalog.Default);
        IDocument Report(string path) => new HtmlParser().ParseDocument(Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content.Span));
        string[] Rows(string path) => [.. Report(path).QuerySelectorAll("ul.bad-rows li").Select(li => li.TextContent)];

        // When the skipped rows are read on the French, Arabic and Japanese reports
        var french = Rows("fr/report.html");
        var arabic = Rows("ar/report.html");
        var japanese = Rows("ja/report.html");

        // Then each row says what is wrong in the page's language, the cells and column names as written (kept left
        // to right in Arabic, with the line number in Arabic-Indic digits), and a cell that looks like a placeholder
        // stays as written
        Assert.Equal(8, french.Length);
        Assert.Equal("ligne 2, received_at : «\u00A02026-11-23T09:00\u00A0» n’a ni Z ni décalage UTC : écrivez par exemple 2026-11-23T09:00Z ou 2026-11-23T09:00-05:00 (une heure locale désigne un instant différent dans chaque fuseau horaire)", french[0]);
        Assert.Equal("ligne 3, channel : canal inconnu «\u00A0nope\u00A0» (canaux de ssla.yaml : x-help, insta, ops)", french[1]);
        Assert.StartsWith("ligne 4, received_at : «\u00A0yesterday\u00A0» n’est pas une date et heure ISO 8601", french[2], StringComparison.Ordinal);
        Assert.Equal("ligne 5, first_reply_at : la première réponse (2026-11-23T13:00:00Z) précède le message (2026-11-23T14:00:00Z)", french[3]);
        Assert.Equal("ligne 6, channel : identifiant de canal manquant", french[4]);
        Assert.Equal("ligne 7 : colonnes manquantes (1 ; l’en-tête en annonce 3)", french[5]);
        Assert.Equal("ligne 8, received_at : vide : chaque ligne doit indiquer l’heure d’arrivée du message", french[6]);
        Assert.StartsWith("ligne 9, channel : canal inconnu «\u00A0{channels}\u00A0»", french[7], StringComparison.Ordinal);
        Assert.StartsWith("السطر ٢، received_at: لا يتضمن «2026-11-23T09:00» الرمز Z", arabic[0], StringComparison.Ordinal);
        Assert.Equal(["received_at", "2026-11-23T09:00", "2026-11-23T09:00Z", "2026-11-23T09:00-05:00"],
            Report("ar/report.html").QuerySelectorAll("ul.bad-rows li")[0].QuerySelectorAll("bdi[dir=ltr].cell").Select(b => b.TextContent));
        // And a quoted cell keeps its quotes with it on one line: «2026-11-23T09:00» in Arabic, « yesterday » in French
        Assert.Equal("«2026-11-23T09:00»", Report("ar/report.html").QuerySelector("ul.bad-rows li .quoted")!.TextContent);
        Assert.Equal("«\u00A0yesterday\u00A0»", Report("fr/report.html").QuerySelectorAll("ul.bad-rows li")[2].QuerySelector(".quoted")!.TextContent);
        Assert.Equal("السطر ٧: عدد الأعمدة أقل من اللازم (١؛ يذكر سطر العناوين ٣)", arabic[5]);
        Assert.Equal("2 行目、received_at：「2026-11-23T09:00」に Z も UTC からの時差もありません。2026-11-23T09:00Z や 2026-11-23T09:00-05:00 のように書いてください（現地時刻はタイムゾーンごとに別の時点を指します）", japanese[0]);
        Assert.DoesNotContain(french.Concat(arabic).Concat(japanese), row => row.Contains("line", StringComparison.Ordinal) || row.Contains("unknown", StringComparison.Ordinal));
    }

    private static string Breaches(IDocument page) =>
        page.GetElementById("channel-x-help")!.QuerySelectorAll("table")[^1].TextContent;

    private static string[] Labels(IDocument page) =>
        [.. page.GetElementById("channel-x-help")!.QuerySelectorAll("svg")[1].QuerySelectorAll("text:not(.value)").Select(t => t.TextContent)];

    [GeneratedRegex(@"\((?:x-help|insta|ops)\)|x-help|insta|ops|America/New_York|Europe/London|Acme <Air> & ""Co""|\b(?:X|Instagram|Mastodon|KPI|CSAT|CSV|p90)\b")]
    private static partial Regex Ids();
}
