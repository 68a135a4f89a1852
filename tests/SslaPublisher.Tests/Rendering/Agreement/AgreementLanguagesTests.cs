using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Agreement;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Agreement;

/// <summary>The agreement in every brand language: the words around the brand's own texts are the page's language.</summary>
public sealed partial class AgreementLanguagesTests
{
    // The example brand (en, es, fr, ar) with Japanese added, so a language without Latin script is checked too.
    private static readonly Lazy<SiteContent> Site = new(() =>
    {
        var path = RepoPaths.Example();
        var yaml = File.ReadAllText(path).Replace("languages: [en, es, fr, ar]", "languages: [en, es, fr, ar, ja]", StringComparison.Ordinal);
        Assert.Contains("ja]", yaml, StringComparison.Ordinal);
        return new SiteBuilder([new AgreementRenderer()], TemplateSet.Default).Build(new PromiseLoader().Load(yaml, path));
    });

    private static string Text(string path) => Encoding.UTF8.GetString(Site.Value.Files[path].Content.Span);

    private static IDocument Page(string language) =>
        new HtmlParser().ParseDocument(Text(language == "en" ? "agreement.html" : language + "/agreement.html"));

    // Words an untranslated label, term or sentence of the agreement would leave behind (the English UI strings'
    // own words, not the brand's): any of them outside a part marked as another language is a missed translation.
    [GeneratedRegex(@"\b(the|and|of|within|at least|at most|weekly|monthly|quarterly|yearly|rolling|days?|minutes?|hours?|months?|running|call|company|provider|agency|review|renegotiate|terminate|effective|parties|services|response|staffed|closed|off hours|target|measured|notes|contacts|holding|statement|internal|working|every|represented|contact|phone|email|who|side|channel|purpose|if|misses|below|above|custom|plan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    [Theory]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("ja")]
    public void Should_leave_no_english_words_outside_the_brands_own_texts(string language)
    {
        // Given the example agreement rendered in a brand language (Japanese: one the brand wrote no texts in)
        var page = Page(language);

        // When the page's own words are read: every text except what is marked as another language (the brand's
        // names, roles, notes, statements), links (handles, phone numbers, emails) and ids in code-like places
        // (a word the language's own strings file or CLDR's units use too, such as French "services" or "minutes",
        // is the language's word)
        var locale = SslaPublisher.Formatting.LocaleFormat.For(language);
        var own = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "i18n", language + ".yaml")) + " " + string.Join(" ",
            from unit in Enum.GetValues<SslaPublisher.Formatting.DurationUnit>() from n in new[] { 1, 2, 5 } select locale.Count(n, unit));
        var leftovers = OwnText(page, language).SelectMany(t => EnglishWord().Matches(t)).Select(m => m.Value)
            .Where(word => !Regex.IsMatch(own, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase)).ToList();

        // Then none of them is English, and the page says which language and direction it is in
        Assert.Empty(leftovers);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(language == "ar" ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void Should_show_the_brands_own_texts_in_the_page_language_and_mark_a_fallback_with_its_language()
    {
        // Given the example agreement, whose texts under agreement: are written in en, es, fr and ar, rendered in
        // Spanish and in Japanese (a language the brand wrote no texts in)
        var spanish = Page("es").QuerySelector("#crisis-sev1 blockquote")!;
        var japanese = Page("ja").QuerySelector("#crisis-sev1 blockquote")!;

        // Then the Spanish page shows the brand's Spanish statement with no mark, and the Japanese page the English
        // one inside an element saying it is English (so a screen reader switches voice)
        Assert.StartsWith("Tenemos conocimiento de informaciones", spanish.TextContent, StringComparison.Ordinal);
        Assert.Null(spanish.QuerySelector("[lang]"));
        Assert.Equal("en", japanese.QuerySelector("[lang]")!.GetAttribute("lang"));
        Assert.StartsWith("We are aware of reports", japanese.TextContent, StringComparison.Ordinal);
        Assert.Contains("Crítico", Page("es").QuerySelector("#crisis-sev1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Responsable du service client", Page("fr").QuerySelector("#crisis-sev1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_terms_numbers_dates_and_durations_as_each_language_does()
    {
        // Given the example agreement in Spanish, French, Arabic and Japanese
        string Row(string language, string id) => Page(language).QuerySelector(id)!.TextContent;

        // Then targets, windows, dates and durations come from CLDR and the language's own words
        Assert.Contains("al menos 95 %", Row("es", "#kpi-on_time_first_replies"));
        Assert.Contains("periodo móvil de 90 días", Row("es", "#kpi-engagement_rate"));
        Assert.Contains("como máximo 20 minutos", Row("es", "#kpi-first_reply_median"));
        Assert.Contains("au moins 4,3/5", Row("fr", "#kpi-csat"));
        Assert.Contains("٩٥٪", Row("ar", "#kpi-on_time_first_replies"));
        Assert.Contains("آخر ٩٠ يومًا", Row("ar", "#kpi-engagement_rate"));
        Assert.Contains("95% 以上", Row("ja", "#kpi-on_time_first_replies"));
        Assert.Contains("直近 90 日間", Row("ja", "#kpi-engagement_rate"));
        Assert.Contains("En vigor desde el 1 de enero de 2026.", Page("es").QuerySelector("header")!.TextContent);
        Assert.Contains("2026年1月1日", Page("ja").QuerySelector("header")!.TextContent);
        Assert.Contains("25 de diciembre de 2026 (Navidad)", Row("es", "#channel-facebook"));
        Assert.Contains("Avisar en un plazo de 15 minutos:", Row("es", "#crisis-sev1"));
        Assert.Contains("60 días", Page("es").QuerySelector("#review + p")!.TextContent);
    }

    [Fact]
    public void Should_word_conditions_in_the_language_with_the_kpi_and_action_in_bold()
    {
        // Given the Spanish and Japanese agreements
        string[] Conditions(string language) => [.. Page(language).QuerySelectorAll("#review ~ ul li").Select(li => li.TextContent)];

        // Then each condition is one sentence of the language, its KPI and action set in bold
        Assert.Equal("Si el indicador «Primeras respuestas a tiempo» no cumple su objetivo (al menos 95 %) durante 3 meses seguidos: revisión. Una revisión adicional con un plan de mejora en un plazo de dos semanas.",
            Conditions("es")[0]);
        Assert.Equal("Si el indicador «Primeras respuestas a tiempo» queda por debajo de 85 % durante 2 meses seguidos: rescisión.", Conditions("es")[1]);
        Assert.StartsWith("期限内の初回返信が3 か月連続で目標（95% 以上）に届かない場合：見直し。", Conditions("ja")[0], StringComparison.Ordinal);
        Assert.Equal(["Primeras respuestas a tiempo", "revisión"],
            Page("es").QuerySelectorAll("#review ~ ul li")[0].QuerySelectorAll("strong").Select(s => s.TextContent));
    }

    [Fact]
    public void Should_write_the_markdown_agreement_in_each_language_too()
    {
        // Given the example brand's Markdown agreements
        var spanish = Text("es/agreement.md");
        var arabic = Text("ar/agreement.md");

        // Then headings, tables and sentences are the language's, and so are the brand's own texts
        Assert.StartsWith("<!-- Uso interno: no publicar.", spanish, StringComparison.Ordinal);
        Assert.Contains("## Partes", spanish, StringComparison.Ordinal);
        Assert.Contains("| KPI | Objetivo | Medición | Notas |", spanish, StringComparison.Ordinal);
        Assert.Contains("- Si el indicador «**Primeras respuestas a tiempo**» no cumple su objetivo (al menos 95 %) durante 3 meses seguidos: **revisión**.", spanish, StringComparison.Ordinal);
        Assert.Contains("## الأطراف", arabic, StringComparison.Ordinal);
        Assert.Contains("حتى **20 منشورًا في الشهر**", arabic, StringComparison.Ordinal);
        Assert.Contains("Hasta **20 publicaciones al mes**", spanish, StringComparison.Ordinal);
    }

    // Text of the page in its own language: brand texts marked with another lang, links and the ids the page
    // shows for reference (channel and level ids, zone ids, KPI acronyms) left out.
    private static IEnumerable<string> OwnText(IDocument page, string language)
    {
        foreach (var node in page.Body!.Descendants<IText>())
        {
            var parent = node.ParentElement;
            if (parent is null || parent.Closest("a, style, script") is not null) continue;
            if (parent.Closest("[lang]") is { } marked && marked.GetAttribute("lang") != language) continue;
            var text = Ids().Replace(node.Data, " ");
            if (!string.IsNullOrWhiteSpace(text)) yield return text;
        }
    }

    // Names the page quotes as they are, whatever its language: platforms, the brand and its parties, ids, zones.
    [GeneratedRegex(@"\((?:sev\d|[a-z-]+)\)|America/New_York|Europe/London|\b(?:Acme Air(?: Inc\.)?|Brightline Social Ltd|X|Facebook|Instagram|LinkedIn|Mastodon|KPI|CSAT|NPS|Net Promoter Score)\b")]
    private static partial Regex Ids();
}
