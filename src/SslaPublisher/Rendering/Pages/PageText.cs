using System.Globalization;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Pages;

/// <summary>Formats durations, times, days and zones for one language of the pages, from its UI strings.</summary>
/// <remarks>Every pattern is applied with the invariant culture so output never depends on the machine's locale.</remarks>
public sealed class PageText
{
    /// <summary>Creates the formatter over <paramref name="strings"/>.</summary>
    public PageText(UiStrings strings)
    {
        Strings = strings;
        Locale = strings.Locale();
    }

    /// <summary>The UI strings of the language.</summary>
    public UiStrings Strings { get; }

    /// <summary>The language's times, days and durations (CLDR).</summary>
    public LocaleFormat Locale { get; }

    /// <summary>The full name of <paramref name="day"/> (<c>Monday</c>, <c>lunes</c>).</summary>
    public string Day(IsoDayOfWeek day) => Locale.DayName(day, DayNameWidth.Wide);

    /// <summary>A channel's reply time in words: <c>15 minutes</c>, <c>2 working days</c>.</summary>
    public string ReplyTime(Channel channel) => Strings.ReplyTime(channel, UnitWidth.Wide);

    /// <summary>A clock time in the language's clock (<c>9:00 AM</c>, <c>09:00</c>).</summary>
    public string Time(LocalTime time) => Locale.Time(time);

    /// <summary>A staffed range (<c>9:00 AM–6:00 PM</c>, <c>3:00 PM–midnight</c>); whether it ends the next day is shown separately.</summary>
    public string Range(TimeRange range) => Locale.Range(range);

    /// <summary>A date in the language's words (<c>December 25, 2026</c>, <c>25 de diciembre de 2026</c>, <c>1er janvier 2027</c>).</summary>
    /// <remarks>
    /// CLDR's <c>yMMMMd</c> through ICU (<see cref="LocaleStrings.Date"/>), like the agreement's dates, so month names
    /// and order are the language's data rather than ours; ICU writes day and year in the language's digits, as its
    /// times are: a notice's "from ٥ مارس ٢٠٢٧، ٧:٠٠ ص" must not mix two scripts.
    /// </remarks>
    public string Date(LocalDate date) => Strings.Date(date);

    /// <summary>The name of a language in this page's language (CLDR): "Spanish", "espagnol", "スペイン語".</summary>
    public string LanguageName(string code) => LanguageNames.In(Strings.Language, code);

    /// <summary>
    /// The city whose clock <paramref name="zone"/> keeps, as this language names it (CLDR's exemplar city:
    /// <c>New York</c>, <c>نيويورك</c>, <c>ニューヨーク</c>); a zone without a city by its label (<c>UTC</c>, <c>GMT-5</c>).
    /// </summary>
    public string City(DateTimeZone zone) => ZoneLabels.CityIn(zone, Locale);
}
