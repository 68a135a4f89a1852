using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Pages;

/// <summary>Formats durations, times, days and zones for one language of the pages, from its UI strings.</summary>
/// <remarks>Every pattern is applied with the invariant culture so output never depends on the machine's locale.</remarks>
public sealed class PageText
{
    private readonly LocalTimePattern _time;

    /// <summary>Creates the formatter over <paramref name="strings"/>.</summary>
    public PageText(UiStrings strings)
    {
        Strings = strings;
        _time = LocalTimePattern.Create(strings.Text("pages.time_pattern"), CultureInfo.InvariantCulture);
        Days = strings.List("pages.days");
        if (Days.Count != 7) throw new InvalidOperationException($"pages.days in {strings.File} must list 7 days, Monday first.");
    }

    /// <summary>The UI strings of the language.</summary>
    public UiStrings Strings { get; }

    /// <summary>Day names, Monday first.</summary>
    public IReadOnlyList<string> Days { get; }

    /// <summary>The name of <paramref name="day"/>.</summary>
    public string Day(IsoDayOfWeek day) => Days[(int)day - 1];

    /// <summary>A human duration: <c>15 minutes</c>, <c>1 hour 30 minutes</c>, <c>2 days</c>.</summary>
    public string Duration(Duration duration)
    {
        var parts = new List<string>();
        void Add(long n, string unit) => parts.Add(
            $"{n.ToString(CultureInfo.InvariantCulture)} {Strings.Text(n == 1 ? $"pages.units.{unit}" : $"pages.units.{unit}s")}");
        if (duration.Days > 0) Add(duration.Days, "day");
        if (duration.Hours > 0) Add(duration.Hours, "hour");
        if (duration.Minutes > 0 || parts.Count == 0) Add(duration.Minutes, "minute");
        return string.Join(" ", parts);
    }

    /// <summary>A clock time in the language's pattern (<c>9:00 AM</c>, <c>09:00</c>).</summary>
    public string Time(LocalTime time) => _time.Format(time);

    /// <summary>A staffed range (<c>9:00 AM – 6:00 PM</c>); whether it ends the next day is shown separately.</summary>
    public string Range(TimeRange range) =>
        Time(range.Start) + Strings.Text("pages.range_separator") + Time(range.End);

    /// <summary>A date in the language's words (<c>December 25, 2026</c>, <c>25 de diciembre de 2026</c>).</summary>
    public string Date(LocalDate date) => Strings.Format("pages.date",
        ("month", Strings.List("pages.months")[date.Month - 1]),
        ("day", date.Day.ToString(CultureInfo.InvariantCulture)),
        ("year", date.Year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The name of a language in this page's language (CLDR): "Spanish", "espagnol", "スペイン語".</summary>
    public string LanguageName(string code) => LanguageNames.In(Strings.Language, code);

    /// <summary>The readable name of a zone: its last segment (<c>America/New_York</c> → <c>New York</c>).</summary>
    public static string City(DateTimeZone zone) => zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');
}
