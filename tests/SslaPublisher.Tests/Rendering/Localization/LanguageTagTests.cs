using AngleSharp.Html.Parser;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Tests.Rendering.Pages;

namespace SslaPublisher.Tests.Rendering.Localization;

/// <summary>Direction, Open Graph locale and language names come from CLDR for any tag, not from a switch of ours.</summary>
public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en_US", "ltr")]
    [InlineData("es", "es_ES", "ltr")]
    [InlineData("fr", "fr_FR", "ltr")]
    [InlineData("de", "de_DE", "ltr")]
    [InlineData("it", "it_IT", "ltr")]
    [InlineData("pt-BR", "pt_BR", "ltr")]
    [InlineData("nl", "nl_NL", "ltr")]
    [InlineData("ja", "ja_JP", "ltr")]
    [InlineData("zh-Hans", "zh_CN", "ltr")]
    [InlineData("ko", "ko_KR", "ltr")]
    [InlineData("ar", "ar_SA", "rtl")]
    [InlineData("he", "he_IL", "rtl")]
    [InlineData("hi", "hi_IN", "ltr")]
    [InlineData("fa", "fa_IR", "rtl")]
    [InlineData("es-419", "es_419", "ltr")]
    public void Should_derive_the_open_graph_locale_and_direction_from_the_tag(string tag, string locale, string direction)
    {
        // When a tag is asked about, Then CLDR's likely region and the script's direction come back
        Assert.Equal((locale, direction), (LanguageTag.OpenGraphLocale(tag), LanguageTag.Direction(tag)));
    }

    [Fact]
    public void Should_name_languages_in_the_page_language_and_in_themselves()
    {
        // When names are asked for, Then they are CLDR's, in the language asked
        Assert.Equal(("espagnol", "スペイン語", "Español", "العربية"),
            (LanguageNames.In("fr", "es"), LanguageNames.In("ja", "es"), LanguageNames.Native("es"), LanguageNames.Native("ar")));
    }

    [Fact]
    public void Should_set_lang_dir_and_og_locale_on_each_languages_pages()
    {
        // Given the pages of a brand in all thirteen languages
        var site = PagesSite.Build(PagesSite.LanguagesExample);
        var parser = new HtmlParser();

        foreach (var (tag, folder) in new[] { ("en", ""), ("ar", "ar/"), ("he", "he/"), ("ja", "ja/"), ("zh-Hans", "zh-Hans/"), ("pt-BR", "pt-BR/") })
        {
            var html = parser.ParseDocument(site.Text($"{folder}index.html")).DocumentElement;
            // Then <html> carries the tag and its direction, and og:locale is derived from the tag
            Assert.Equal(tag, html.GetAttribute("lang"));
            Assert.Equal(LanguageTag.Direction(tag), html.GetAttribute("dir"));
            Assert.Equal(LanguageTag.OpenGraphLocale(tag), html.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
            Assert.Equal(12, html.QuerySelectorAll("meta[property='og:locale:alternate']").Length);
        }
    }
}
