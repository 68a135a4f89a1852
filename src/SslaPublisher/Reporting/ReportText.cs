using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;

namespace SslaPublisher.Reporting;

/// <summary>
/// The words and number formats of one report page: the <c>report</c> section of <c>templates/i18n/&lt;lang&gt;.yaml</c>
/// and the language's CLDR data (<see cref="LocaleFormat"/>: month labels, digits; <see cref="CultureInfo"/>: percent
/// and grouping). <c>report.json</c> and <c>ssla report</c>'s table do not use it: they stay ISO and invariant.
/// </summary>
public sealed class ReportText
{
    private readonly ZonedDateTimePattern _local;

    /// <summary>The text of <paramref name="strings"/>' language.</summary>
    public ReportText(UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        Strings = strings;
        Locale = strings.Locale();
        Terms = new Rendering.Agreement.AgreementWords(strings);
        _local = ZonedDateTimePattern.Create("ddd uuuu'-'MM'-'dd HH':'mm", Locale.Culture, null, DateTimeZoneProviders.Tzdb, default);
    }

    /// <summary>The UI strings.</summary>
    public UiStrings Strings { get; }

    /// <summary>The language's CLDR formatter.</summary>
    public LocaleFormat Locale { get; }

    /// <summary>The agreement's terms in the language: KPI names, targets, values and conditions, as the agreement writes them.</summary>
    internal Rendering.Agreement.AgreementWords Terms { get; }

    /// <summary>A <c>report.*</c> string with its placeholders filled in.</summary>
    public string this[string key, params (string Name, string Value)[] values] => Strings.Format("report." + key, values);

    /// <summary>A month label for axes and tables (CLDR <c>yMMM</c>): <c>Nov 2026</c>, <c>nov 2026</c>, <c>2026年11月</c>.</summary>
    public string MonthShort(YearMonth month) => Locale.YearMonth(month.Year, month.Month);

    /// <summary>A month in running text (CLDR <c>yMMMM</c>): <c>November 2026</c>, <c>noviembre de 2026</c>.</summary>
    public string MonthLong(YearMonth month) => Locale.YearMonth(month.Year, month.Month, abbreviated: false);

    /// <summary>A percentage with one decimal in the language's format and digits (<c>96.4%</c>, <c>96,4 %</c>); an en dash for none.</summary>
    public string Percent(decimal? percent) => percent is { } p
        ? Locale.Digits((Math.Round(p, 1, MidpointRounding.AwayFromZero) / 100m).ToString("P1", Locale.Culture))
        : "–";

    /// <summary>
    /// A measured time in its two largest units, in the language's compact CLDR unit forms
    /// (<see cref="LocaleFormat.CompactWidth"/>: <c>12m 5s</c>, <c>12min 5s</c>, <c>12 分 5 秒</c>, <c>١٢ د و٥ ث</c>); an en
    /// dash for none.
    /// </summary>
    public string Elapsed(long? seconds) => seconds is { } s ? Locale.Elapsed(s) : "–";

    /// <summary>A whole number with the language's grouping and digits.</summary>
    public string Count(long count) => Locale.Digits(count.ToString("N0", Locale.Culture));

    /// <summary>
    /// A skipped CSV row as the language says it (<c>línea 12, received_at: «2026-11-03T09:00» no tiene Z…</c>): the
    /// line in the language's digits; the column's name, the cell as written and ids kept left to right in
    /// right-to-left text; a problem without a reason of its own in the terminal's English.
    /// </summary>
    public string BadRow(BadRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var language = Strings.Language;
        string Ltr(string text) => Bidi.Ltr(text, language);
        string Number(string name) => Locale.Digits(row.Value(name));
        var value = row.Value("value");
        var problem = row.Reason is null ? row.Message : this["bad_rows." + row.Reason,
            ("value", Ltr(value)),
            ("with_z", Ltr(value + "Z")),
            ("with_offset", Ltr(value + "-05:00")),
            ("example", Ltr(InstantText.Example)),
            ("channel", Ltr(row.Value("channel"))),
            ("channels", Locale.List(row.Value("channels").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Ltr))),
            ("file", Ltr("ssla.yaml")),
            ("count", Number("count")),
            ("needed", Number("needed")),
            ("reply", Ltr(row.Value("reply"))),
            ("received", Ltr(row.Value("received")))];
        var line = Locale.Digits(row.Line.ToString(CultureInfo.InvariantCulture));
        return row.Column is null
            ? this["bad_row", ("line", line), ("problem", problem)]
            : this["bad_cell", ("line", line), ("column", Ltr(row.Column)), ("problem", problem)];
    }

    /// <summary>A moment in the channel's zone, with the language's day name; kept left to right inside right-to-left text.</summary>
    public string Local(Instant instant, DateTimeZone zone) => Bidi.Ltr(Locale.Digits(_local.Format(instant.InZone(zone))), Strings.Language);
}
