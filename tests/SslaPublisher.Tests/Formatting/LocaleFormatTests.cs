using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Schedule;

namespace SslaPublisher.Tests.Formatting;

/// <summary>The one formatter of times, days and durations, for the thirteen interface languages (CLDR through ICU).</summary>
public class LocaleFormatTests
{
    public static TheoryData<string> Languages => ["en", "es", "fr", "de", "it", "pt-BR", "nl", "ja", "zh-Hans", "ko", "ar", "he", "hi"];

    [Theory]
    [InlineData("en", false, IsoDayOfWeek.Sunday)]
    [InlineData("es", true, IsoDayOfWeek.Monday)]
    [InlineData("fr", true, IsoDayOfWeek.Monday)]
    [InlineData("de", true, IsoDayOfWeek.Monday)]
    [InlineData("it", true, IsoDayOfWeek.Monday)]
    [InlineData("pt-BR", true, IsoDayOfWeek.Sunday)]
    [InlineData("nl", true, IsoDayOfWeek.Monday)]
    [InlineData("ja", true, IsoDayOfWeek.Sunday)]
    [InlineData("zh-Hans", true, IsoDayOfWeek.Monday)]
    [InlineData("ko", false, IsoDayOfWeek.Sunday)]
    [InlineData("ar", false, IsoDayOfWeek.Saturday)]
    [InlineData("he", true, IsoDayOfWeek.Sunday)]
    [InlineData("hi", false, IsoDayOfWeek.Sunday)]
    public void Should_take_the_clock_and_the_first_day_of_the_week_from_cldr(string language, bool clock24, IsoDayOfWeek first)
    {
        // Given / When
        var locale = LocaleFormat.For(language);

        // Then
        Assert.Equal(clock24, locale.Uses24HourClock);
        Assert.Equal(first, locale.FirstDayOfWeek);
        Assert.Equal(first, locale.Week[0]);
        Assert.Equal(7, locale.Week.Distinct().Count());
    }

    [Theory]
    [InlineData("en", "15 minutes", "2 days", "1 hour, 30 minutes", "15 min")]
    [InlineData("es", "15 minutos", "2 días", "1 hora y 30 minutos", "15 min")]
    [InlineData("fr", "15 minutes", "2 jours", "1 heure et 30 minutes", "15 min")]
    [InlineData("de", "15 Minuten", "2 Tage", "1 Stunde, 30 Minuten", "15 Min.")]
    [InlineData("ja", "15 分", "2 日", "1 時間 30 分", "15 分")]
    [InlineData("ar", "١٥ دقيقة", "يومان", "ساعة و٣٠ دقيقة", "١٥ د")]
    [InlineData("he", "15 דקות", "יומיים", "שעה, 30 דקות", "15 דק׳")]
    [InlineData("hi", "15 मिनट", "2 दिन", "1 घंटा और 30 मिनट", "15 मि॰")]
    public void Should_write_durations_with_the_plural_forms_of_the_language(string language, string minutes, string days, string mixed, string shortMinutes)
    {
        // Given
        var locale = LocaleFormat.For(language);

        // When / Then (no-break spaces, which CLDR puts between number and unit in some languages, read as spaces)
        static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Equal(minutes, Plain(locale.Duration(Duration.FromMinutes(15))));
        Assert.Equal(days, Plain(locale.Count(2, DurationUnit.Day)));
        Assert.Equal(mixed, Plain(locale.Duration(Duration.FromMinutes(90))));
        Assert.Equal(shortMinutes, Plain(locale.Duration(Duration.FromMinutes(15), UnitWidth.Short)));
    }

    [Theory]
    [InlineData("en", 1, "1 working day")]
    [InlineData("en", 2, "2 working days")]
    [InlineData("es", 1, "1 día hábil")]
    [InlineData("es", 3, "3 días hábiles")]
    public void Should_say_working_days_where_the_channel_is_not_staffed_every_day(string language, int days, string expected)
    {
        // Given the working-day words of the language's strings, chosen by CLDR plural category
        var strings = SslaPublisher.Rendering.Localization.UiStrings.Load(SslaPublisher.Rendering.Templates.TemplateSet.Default, language);

        // When
        var weekdays = SslaPublisher.Rendering.Localization.LocaleStrings.ReplyTime(strings, new ReplyTime(days, Duration.Zero), UnitWidth.Wide, staffedEveryDay: false);
        var everyDay = SslaPublisher.Rendering.Localization.LocaleStrings.ReplyTime(strings, new ReplyTime(days, Duration.Zero), UnitWidth.Wide, staffedEveryDay: true);

        // Then
        Assert.Equal(expected, weekdays);
        Assert.Equal(LocaleFormat.For(language).Count(days, DurationUnit.Day), everyDay);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_write_a_24_hour_clock_where_the_language_uses_one_and_never_midnight_as_24_on_a_12_hour_one(string language)
    {
        // Given
        var locale = LocaleFormat.For(language);
        var evening = new TimeRange(new LocalTime(18, 0), LocalTime.Midnight);

        // When
        var text = locale.Range(evening, TimeStyle.Compact);

        // Then 24-hour languages close the day at 24:00, 12-hour ones never write "24" or "18"
        var latin = text.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        var digits = new string([.. latin]);
        if (locale.Uses24HourClock) Assert.Contains("24", digits, StringComparison.Ordinal);
        else Assert.DoesNotContain("24", digits, StringComparison.Ordinal);
        Assert.Equal(locale.Uses24HourClock, digits.Contains("18", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_use_the_languages_digits_and_list_separator()
    {
        // Given / When / Then (CLDR: Arabic writes Arabic-Indic digits and joins with "و"; Japanese with "、")
        Assert.Equal("٩:٠٠ ص", LocaleFormat.For("ar").Time(new LocalTime(9, 0)).Replace('\u00A0', ' ').Replace("\u200F", "", StringComparison.Ordinal));
        Assert.Equal("、", LocaleFormat.For("ja").ListSeparator);
        Assert.Equal(", ", LocaleFormat.For("en").ListSeparator);
        Assert.Equal("月曜日", LocaleFormat.For("ja").DayName(IsoDayOfWeek.Monday, DayNameWidth.Wide));
    }

    [Theory]
    [InlineData("fr", "1er janvier 2027", "2 janvier 2027")]
    [InlineData("pt-BR", "1º de janeiro de 2027", "2 de janeiro de 2027")]
    [InlineData("en", "January 1, 2027", "January 2, 2027")]
    [InlineData("es", "1 de enero de 2027", "2 de enero de 2027")]
    [InlineData("de", "1. Januar 2027", "2. Januar 2027")]
    [InlineData("ja", "2027年1月1日", "2027年1月2日")]
    [InlineData("ar", "١ يناير ٢٠٢٧", "٢ يناير ٢٠٢٧")]
    public void Should_write_the_first_of_a_month_as_an_ordinal_only_where_the_language_does(string language, string first, string second)
    {
        // Given the language's UI strings (format.first_of_month: ordinal in French and Brazilian Portuguese)
        var strings = SslaPublisher.Rendering.Localization.UiStrings.Load(SslaPublisher.Rendering.Templates.TemplateSet.Default, language);

        // When the first and the second of January are written in running text
        // Then day 1 is ICU's ordinal where the language writes it so ("1er", "1º"), CLDR's plain date elsewhere,
        // and every other day is CLDR's plain date
        Assert.Equal(first, SslaPublisher.Rendering.Localization.LocaleStrings.Date(strings, new LocalDate(2027, 1, 1)));
        Assert.Equal(second, SslaPublisher.Rendering.Localization.LocaleStrings.Date(strings, new LocalDate(2027, 1, 2)));
        Assert.Equal(LocaleFormat.For(language).Date(new LocalDate(2027, 1, 1)), LocaleFormat.For(language).Date(new LocalDate(2027, 1, 1), firstOfMonthAsOrdinal: false));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_put_the_ordinal_where_cldr_puts_the_day_in_every_language(string language)
    {
        // Given any interface language, When the first of March is written with the ordinal asked for
        var locale = LocaleFormat.For(language);
        var plain = locale.Date(new LocalDate(2027, 3, 1));
        var ordinal = locale.Date(new LocalDate(2027, 3, 1), firstOfMonthAsOrdinal: true);

        // Then only the day changes: the text around it (month, year, their order and words) is CLDR's
        var digitOne = locale.Digits("1");
        var at = plain.IndexOf(digitOne, StringComparison.Ordinal);
        Assert.True(at >= 0, plain);
        Assert.StartsWith(plain[..at], ordinal, StringComparison.Ordinal);
        Assert.EndsWith(plain[(at + digitOne.Length)..], ordinal, StringComparison.Ordinal);
        Assert.NotEqual(plain, ordinal);
    }
}
