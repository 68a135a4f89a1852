using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Formatting;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Reporting;

/// <summary>
/// The words and number formats of one report page: the <c>report</c> section of <c>templates/i18n/&lt;lang&gt;.yaml</c>
/// and the language's CLDR data (<see cref="LocaleFormat"/>: month labels, digits; <see cref="CultureInfo"/>: percent
/// and grouping). <c>report.json</c> and <c>ssla report</c>'s table do not use it: they stay ISO and invariant.
/// </summary>
public sealed partial class ReportText
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
    /// line in the language's digits; the column's name, the cells as written, ids and the file name each in a
    /// <c>&lt;bdi dir="ltr" class="cell"&gt;</c>, so they read left to right on an Arabic page and the page keeps a
    /// timestamp on one line (with the quotes around it) instead of breaking it at a hyphen; a problem without a
    /// reason of its own in the terminal's English.
    /// </summary>
    public TrustedHtml BadRow(BadRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        // Code-like values go into the sentence as numbered marks (private-use characters no cell keeps), replaced by
        // their elements once the sentence around them is escaped.
        var codes = new List<string>();
        string Code(string text)
        {
            codes.Add(text.Replace(MarkOpen, '\uFFFD').Replace(MarkClose, '\uFFFD'));
            return string.Create(CultureInfo.InvariantCulture, $"{MarkOpen}{codes.Count - 1}{MarkClose}");
        }
        string Number(string name) => Locale.Digits(row.Value(name));
        var value = row.Value("value");
        var problem = row.Reason is null ? row.Message : this["bad_rows." + row.Reason,
            ("value", Code(value)),
            ("with_z", Code(value + "Z")),
            ("with_offset", Code(value + "-05:00")),
            ("example", Code(InstantText.Example)),
            ("channel", Code(row.Value("channel"))),
            ("channels", Locale.List(row.Value("channels").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Code))),
            ("file", Code("ssla.yaml")),
            ("count", Number("count")),
            ("needed", Number("needed")),
            ("reply", Code(row.Value("reply"))),
            ("received", Code(row.Value("received")))];
        var line = Locale.Digits(row.Line.ToString(CultureInfo.InvariantCulture));
        var text = row.Column is null
            ? this["bad_row", ("line", line), ("problem", problem)]
            : this["bad_cell", ("line", line), ("column", Code(row.Column)), ("problem", problem)];
        // The sentence is escaped piece by piece; each code becomes its element, together with the quotes or
        // brackets the language put right around it, so "«" or "(" never stays behind at a line's end.
        var html = new System.Text.StringBuilder(text.Length + 64 * codes.Count);
        var at = 0;
        foreach (Match m in CodeMark().Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[at..m.Index]));
            var code = codes[int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture)];
            // A timestamp or an id stays on one line (never "2026-11-" at a line's end); a value longer than a phone's
            // line may break anywhere rather than widen the page.
            var kind = code.Length <= OneLineCode ? "cell" : "cell long";
            var element = $"<bdi dir=\"ltr\" class=\"{kind}\">{WebUtility.HtmlEncode(code)}</bdi>";
            var (before, after) = (m.Groups["before"].Value, m.Groups["after"].Value);
            html.Append(before.Length + after.Length == 0
                ? element
                : $"<span class=\"quoted\">{WebUtility.HtmlEncode(before)}{element}{WebUtility.HtmlEncode(after)}</span>");
            at = m.Index + m.Length;
        }
        html.Append(WebUtility.HtmlEncode(text[at..]));
        return new TrustedHtml(html.ToString());
    }

    // Characters of a quoted value kept on one line: an instant with its offset (25) and a little more.
    private const int OneLineCode = 32;

    private const char MarkOpen = '\uE000', MarkClose = '\uE001';

    // A code's mark, with an opening quote or bracket just before it and a closing one just after, if any.
    // (French sets its guillemets off with a no-break space: « 2026-11-23T09:00 ».)
    [GeneratedRegex("(?<before>(?:[\\p{Ps}\\p{Pi}\"'„][\u00A0\u202F]?)?)\uE000(?<n>[0-9]+)\uE001(?<after>(?:[\u00A0\u202F]?[\\p{Pe}\\p{Pf}\"'])?)")]
    private static partial Regex CodeMark();

    /// <summary>A moment in the channel's zone, with the language's day name; kept left to right inside right-to-left text.</summary>
    public string Local(Instant instant, DateTimeZone zone) => Bidi.Ltr(Locale.Digits(_local.Format(instant.InZone(zone))), Strings.Language);
}
