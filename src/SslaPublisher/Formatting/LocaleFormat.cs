using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;
using SslaPublisher.Schedule;

namespace SslaPublisher.Formatting;

/// <summary>
/// The one place that writes times, days and durations for people, in any language: pages, bios, badges,
/// banners, <c>ssla hours</c>, the agreement and the report all format through it.
/// </summary>
/// <remarks>
/// <para>Everything comes from CLDR, none of it from our own tables: day names, the first day of the week, the
/// 12- or 24-hour clock and AM/PM markers from .NET's ICU globalization (<see cref="CultureInfo"/>); digits,
/// plural rules, unit patterns ("15 minutes", "15 min", "١٥ دقيقة", "2 日") and list separators from the same ICU
/// through <see cref="IcuLibrary"/>. Only the words "midnight" and "noon" come from the UI strings
/// (<c>format.midnight</c>, <c>format.noon</c>; English built in), because CLDR's day periods do not name midnight,
/// and the phrase for a zone's clock in running text (<c>format.zone_time</c>, see <see cref="ZoneTimePhrase"/>).</para>
/// <para>A formatter per language tag is built once and shared; it holds no mutable state.</para>
/// </remarks>
public sealed class LocaleFormat
{
    private static readonly ConcurrentDictionary<(string, string?, string?, ZoneTimePhrase?), Lazy<LocaleFormat>> Cache = new();

    private readonly ClockText _clock;
    private readonly IcuUnitFormatter _units;
    private readonly IcuListFormatter _lists;
    private readonly IcuPluralRules _plurals;
    private readonly Lazy<IcuDateFormatter> _monthShort;
    private readonly Lazy<IcuDateFormatter> _monthLong;
    private readonly Lazy<IcuDateFormatter> _dateLong;
    private readonly Lazy<IcuOrdinalFormatter> _ordinals;
    private readonly char[] _digits;
    private readonly Lazy<UnitWidth> _compactWidth;
    private readonly string _icu;
    private readonly ConcurrentDictionary<string, string> _zoneNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _zoneCities = new(StringComparer.Ordinal);
    private readonly ZoneTimePhrase? _zoneTime;

    private LocaleFormat(CultureInfo culture, string? midnight, string? noon, ZoneTimePhrase? zoneTime)
    {
        Culture = culture;
        _zoneTime = zoneTime;
        var icu = culture.Name.Replace('-', '_');
        _icu = icu;
        _units = new IcuUnitFormatter(icu);
        _lists = new IcuListFormatter(icu);
        _plurals = new IcuPluralRules(icu);
        _monthShort = new(() => new IcuDateFormatter(icu, "yMMM"));
        _monthLong = new(() => new IcuDateFormatter(icu, "yMMMM"));
        _dateLong = new(() => new IcuDateFormatter(icu, "yMMMMd"));
        _ordinals = new(() => new IcuOrdinalFormatter(icu));
        _digits = [.. Enumerable.Range(0, 10).Select(d => _units.Number(d)[0])];
        NumberingSystem = IcuNumberingSystem.Of(icu);
        _compactWidth = new(() =>
        {
            static bool Latin(string text) => text.Any(char.IsAsciiLetter);
            var narrow = Count(5, DurationUnit.Minute, UnitWidth.Narrow);
            return Latin(narrow) && !Latin(Count(5, DurationUnit.Minute, UnitWidth.Short)) ? UnitWidth.Short : UnitWidth.Narrow;
        });
        var english = culture.TwoLetterISOLanguageName == "en";
        _clock = new ClockText(culture, Digits, midnight ?? (english ? "midnight" : null), noon ?? (english ? "noon" : null), english);
        FirstDayOfWeek = ToIso(culture.DateTimeFormat.FirstDayOfWeek);
        Week = [.. Enumerable.Range(0, 7).Select(i => (IsoDayOfWeek)(((int)FirstDayOfWeek - 1 + i) % 7 + 1))];
    }

    /// <summary>English, the tool's own language (the agreement, the report, <c>ssla hours</c>).</summary>
    public static LocaleFormat English => For("en");

    /// <summary>
    /// The formatter for a BCP 47 language tag (<c>en</c>, <c>pt-BR</c>, <c>zh-Hans</c>); <paramref name="midnight"/>
    /// and <paramref name="noon"/> are the language's words for those times on a 12-hour clock, if it has any;
    /// <paramref name="zoneTime"/> its phrase for a zone's clock in running text (<see cref="ZoneName"/>).
    /// </summary>
    /// <exception cref="IcuUnavailableException">ICU is missing or .NET runs in invariant globalization mode.</exception>
    /// <exception cref="CultureNotFoundException">ICU does not know the tag.</exception>
    public static LocaleFormat For(string languageTag, string? midnight = null, string? noon = null, ZoneTimePhrase? zoneTime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(languageTag);
        IcuLibrary.EnsureAvailable();
        return Cache.GetOrAdd((languageTag, midnight, noon, zoneTime), key => new Lazy<LocaleFormat>(
            () => new LocaleFormat(CultureInfo.GetCultureInfo(key.Item1, predefinedOnly: true), key.Item2, key.Item3, key.Item4))).Value;
    }

    /// <summary>The culture the data comes from.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The first day of the week in this language's region (CLDR): Sunday in English, Monday in French.</summary>
    public IsoDayOfWeek FirstDayOfWeek { get; }

    /// <summary>The seven days in this language's week order.</summary>
    public IReadOnlyList<IsoDayOfWeek> Week { get; }

    /// <summary>
    /// The tightest unit width that stays in the language's own script, for tables, charts and badges: CLDR's narrow
    /// forms (<c>12m</c>, <c>12min</c>, <c>12분</c>), unless they fall back to Latin letters where the short ones do
    /// not (Japanese narrow is <c>12m</c>, short <c>12 分</c>): then short. Decided from the data, not a list of languages.
    /// </summary>
    public UnitWidth CompactWidth => _compactWidth.Value;

    /// <summary>CLDR's name of the digits this language is written with here: <c>latn</c>, <c>arab</c> (Arabic).</summary>
    public string NumberingSystem { get; }

    /// <summary>
    /// The language tag a browser's <c>Intl</c> needs to write the same digits as these pages: the tag itself, with
    /// <c>-u-nu-&lt;system&gt;</c> when the digits are not Latin (<c>ar-u-nu-arab</c>): browsers ship their own CLDR,
    /// whose default for a language may differ from the server's.
    /// </summary>
    public string IntlTag => NumberingSystem == "latn" ? Culture.Name : $"{Culture.Name}-u-nu-{NumberingSystem}";

    /// <summary>True when the language writes times on a 24-hour clock.</summary>
    public bool Uses24HourClock => _clock.Uses24HourClock;

    /// <summary>True for right-to-left languages (Arabic, Hebrew).</summary>
    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>Between the ends of a day run or a time range.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822",
        Justification = "A property of the language like its neighbours: templates and callers read it from the instance, and a language with its own range mark (CLDR's ja '～') changes no caller.")]
    public string Dash => "–";

    /// <summary>Between items of a list (<c>Mon, Wed–Fri</c>): CLDR's list pattern, <c>, </c>, <c>、</c>, <c> و</c>.</summary>
    public string ListSeparator => _lists.Separator;

    /// <summary>The name of <paramref name="day"/>.</summary>
    public string DayName(IsoDayOfWeek day, DayNameWidth width = DayNameWidth.Abbreviated)
    {
        var index = (int)day % 7; // .NET's DayOfWeek: Sunday = 0
        var names = width switch
        {
            DayNameWidth.Wide => Culture.DateTimeFormat.DayNames,
            DayNameWidth.Abbreviated => Culture.DateTimeFormat.AbbreviatedDayNames,
            _ => Culture.DateTimeFormat.ShortestDayNames,
        };
        return names[index];
    }

    /// <summary>A run of days: <c>Mon–Fri</c>, <c>Sun–Thu</c>, <c>Sat–Mon</c>; one day alone by its name.</summary>
    public string DayRun(DayRun run, DayNameWidth width = DayNameWidth.Abbreviated)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Length == 1 ? DayName(run.First, width) : DayName(run.First, width) + Dash + DayName(run.Last, width);
    }

    /// <summary>Items joined by the language's list separator.</summary>
    public string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

    /// <summary>Items in a sentence, the last pair joined by the language's "and" (CLDR): <c>X, Facebook and LinkedIn</c>.</summary>
    public string AndList(IReadOnlyList<string> items) => _lists.And(items);

    /// <summary>A time of day in the language's clock.</summary>
    public string Time(LocalTime time, TimeStyle style = TimeStyle.Full) => _clock.Time(time, style);

    /// <summary>A staffed range (<c>9 AM–6 PM</c>, <c>09:00–18:00</c>, <c>3 PM–midnight</c>); a whole day is <c>24 hours</c>.</summary>
    public string Range(TimeRange range, TimeStyle style = TimeStyle.Full)
    {
        ArgumentNullException.ThrowIfNull(range);
        return _clock.Range(range, style, Dash) ?? Count(24, DurationUnit.Hour, style == TimeStyle.Full ? UnitWidth.Wide : UnitWidth.Short);
    }

    /// <summary>A number in the language's digits (CLDR's default numbering system: <c>١٥</c> in Arabic).</summary>
    public string Number(long value) => _units.Number(value);

    /// <summary>ASCII digits in <paramref name="text"/> replaced by the language's digits.</summary>
    public string Digits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_digits[0] == '0') return text;
        return string.Create(text.Length, (text, _digits), static (span, s) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = s.text[i] is >= '0' and <= '9' ? s._digits[s.text[i] - '0'] : s.text[i];
        });
    }

    /// <summary><paramref name="count"/> of <paramref name="unit"/> with the right plural: <c>1 hour</c>, <c>2 hours</c>, <c>ساعتان</c>.</summary>
    public string Count(long count, DurationUnit unit, UnitWidth width = UnitWidth.Wide) => _units.Format(count, unit, width);

    /// <summary>A staffed-time duration, largest unit first, zero parts left out: <c>1 hour, 30 minutes</c>, <c>15 min</c>.</summary>
    public string Duration(Duration duration, UnitWidth width = UnitWidth.Wide)
    {
        var parts = new List<string>();
        var hours = (long)duration.TotalHours;
        if (hours > 0) parts.Add(Count(hours, DurationUnit.Hour, width));
        if (duration.Minutes > 0 || parts.Count == 0) parts.Add(Count(duration.Minutes, DurationUnit.Minute, width));
        return JoinUnits(parts, width);
    }

    /// <summary>Parts of a duration joined as the language joins units (<c>1 hour, 30 minutes</c>).</summary>
    public string JoinUnits(IReadOnlyList<string> parts, UnitWidth width) => _lists.Units(parts, width);

    /// <summary>
    /// A month of a year as a label, from CLDR's year-month formats: short (<c>yMMM</c>: <c>Nov 2026</c>,
    /// <c>nov 2026</c>, <c>2026年11月</c>) or long (<c>yMMMM</c>: <c>November 2026</c>, <c>noviembre de 2026</c>).
    /// </summary>
    public string YearMonth(int year, int month, bool abbreviated = true) =>
        (abbreviated ? _monthShort : _monthLong).Value.Format(year, month);

    /// <summary>Whether this is English (whose zone labels are the tool's own short table: <c>ET</c>, <c>UK</c>, <c>CET</c>).</summary>
    public bool IsEnglish => Culture.TwoLetterISOLanguageName == "en";

    /// <summary>
    /// The IANA zone <paramref name="zoneId"/>'s short generic name in this language, from CLDR: <c>MEZ</c> (Berlin
    /// in German), <c>JST</c> (Tokyo in Japanese), <c>BRT</c> (São Paulo in Portuguese). Where CLDR has none, the
    /// language's phrase for the place's clock, given to <see cref="For"/> (<c>heure de New York</c>,
    /// <c>ora di New York</c>, <c>Ortszeit New York</c>, <c>توقيت ألمانيا</c>); without a phrase, CLDR's own
    /// fallback label (<c>heure : New York</c>).
    /// </summary>
    public string ZoneName(string zoneId)
    {
        ArgumentException.ThrowIfNullOrEmpty(zoneId);
        return _zoneNames.GetOrAdd(zoneId, id =>
        {
            var name = IcuZoneNames.ShortGenericName(_icu, id);
            // CLDR has no short name of its own when ICU gives the generic-location label instead.
            if (_zoneTime is not { } phrase || name != IcuZoneNames.GenericLocationName(_icu, id)) return name;
            var place = phrase.NamesCity ? ZoneCity(id) : IcuZoneNames.PlaceIn(_icu, name);
            return place is null ? name : phrase.For(place, Culture.Name);
        });
    }

    /// <summary>
    /// The city CLDR names the IANA zone <paramref name="zoneId"/> by in this language (its exemplar city:
    /// <c>New York</c>, <c>نيويورك</c>, <c>ニューヨーク</c>, <c>Kalkutta</c> for Asia/Kolkata in German), or null for a
    /// zone that has no city (<c>UTC</c>, <c>Etc/GMT+5</c>).
    /// </summary>
    public string? ZoneCity(string zoneId)
    {
        ArgumentException.ThrowIfNullOrEmpty(zoneId);
        return _zoneCities.GetOrAdd(zoneId, id => IcuZoneNames.ExemplarCity(_icu, id));
    }

    /// <summary>
    /// A date in running text, from CLDR's <c>yMMMMd</c> format: <c>January 1, 2026</c>, <c>1 de enero de 2026</c>,
    /// <c>2026年1月1日</c>, <c>١ يناير ٢٠٢٦</c>. With <paramref name="firstOfMonthAsOrdinal"/> (a language that writes
    /// the first of a month as an ordinal: UI string <c>format.first_of_month: ordinal</c>) day 1 is ICU's ordinal
    /// of 1 in the language (<see cref="IcuOrdinalFormatter"/>): <c>1er janvier 2027</c>, <c>1º de janeiro de 2027</c>.
    /// </summary>
    public string Date(LocalDate date, bool firstOfMonthAsOrdinal = false)
    {
        if (date.Day != 1 || !firstOfMonthAsOrdinal) return _dateLong.Value.Format(date.Year, date.Month, date.Day);
        var (text, day) = _dateLong.Value.FormatWithDay(date.Year, date.Month, date.Day);
        var (start, length) = day.GetOffsetAndLength(text.Length);
        return length == 0 ? text : string.Concat(text.AsSpan(0, start), _ordinals.Value.Format(1), text.AsSpan(start + length));
    }

    /// <summary>
    /// A measured time such as a reply's, in its two largest units with the language's plurals and unit joining
    /// (CLDR), at <paramref name="width"/> or else <see cref="CompactWidth"/>: <c>12m 5s</c>, <c>12min 5s</c>,
    /// <c>12 分 5 秒</c>, <c>١٢ د و٥ ث</c>. Whole seconds; a zero second part after minutes is left out (<c>12m</c>).
    /// </summary>
    public string Elapsed(long seconds, UnitWidth? width = null)
    {
        var unitWidth = width ?? CompactWidth;
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        (long Count, DurationUnit Unit)[] parts = seconds switch
        {
            < 60 => [(seconds, DurationUnit.Second)],
            < 3600 => [(seconds / 60, DurationUnit.Minute), (seconds % 60, DurationUnit.Second)],
            < 86_400 => [(seconds / 3600, DurationUnit.Hour), (seconds % 3600 / 60, DurationUnit.Minute)],
            _ => [(seconds / 86_400, DurationUnit.Day), (seconds % 86_400 / 3600, DurationUnit.Hour)],
        };
        var shown = parts.Where((p, i) => i == 0 || p.Count > 0).Select(p => Count(p.Count, p.Unit, unitWidth)).ToList();
        return JoinUnits(shown, unitWidth);
    }

    /// <summary>
    /// A percentage as the language writes it, with up to <paramref name="maxDecimals"/> decimals as needed
    /// (<c>95%</c>, <c>95 %</c>, <c>٩٥٪</c>, <c>96,4 %</c>); <paramref name="percent"/> is on a 0–100 scale.
    /// </summary>
    public string Percent(decimal percent, int maxDecimals = 2)
    {
        var rounded = Math.Round(percent, maxDecimals, MidpointRounding.AwayFromZero);
        var decimals = Math.Min(maxDecimals, DecimalPlaces(rounded));
        return Digits((rounded / 100m).ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture));
    }

    /// <summary>A number with the language's grouping, decimal mark and digits, up to two decimals as needed (<c>1,5</c>, <c>4.3</c>).</summary>
    public string Amount(decimal value) => Digits(value.ToString("#,0.##", Culture));

    private static int DecimalPlaces(decimal value)
    {
        var normalized = value / 1.000000000000000000000000000000000m; // drops trailing zeros
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }

    /// <summary>The CLDR plural category of <paramref name="count"/> (<c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>, <c>zero</c>).</summary>
    public string PluralCategory(long count) => _plurals.Select(count);

    private static IsoDayOfWeek ToIso(DayOfWeek day) => day == DayOfWeek.Sunday ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(int)day;
}
