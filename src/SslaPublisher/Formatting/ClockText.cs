using System.Globalization;
using System.Text;
using NodaTime;
using SslaPublisher.Schedule;

namespace SslaPublisher.Formatting;

/// <summary>
/// Times of day and staffed ranges in one language's clock (CLDR through <see cref="CultureInfo"/>): 24-hour
/// languages write <c>09:00–18:00</c> (an end at midnight is <c>24:00</c>); 12-hour languages always carry the
/// day period where a reader could take the range for another one.
/// </summary>
/// <remarks>
/// English compact ranges follow how people write hours, and no other reading is possible by construction:
/// <c>9–6</c> only for a morning start and an afternoon end that is earlier on the clock face (so "6" cannot be
/// morning); a shared marker <c>9–11 AM</c> for a range within one half of the day; otherwise both ends marked
/// (<c>8 AM–10 PM</c>, <c>10 PM–2 AM</c>), and <c>midnight</c>/<c>noon</c> in words. A property test reads every
/// range on a 15-minute grid back with <c>ClockReader</c>'s plain rule and gets the original.
/// </remarks>
internal sealed class ClockText
{
    private const char NoBreakSpace = '\u00A0';
    private readonly DateTimeFormatInfo _format;
    private readonly string _pattern;
    private readonly Func<string, string> _digits;

    public ClockText(CultureInfo culture, Func<string, string> digits, string? midnight, string? noon, bool englishCompaction)
    {
        _format = culture.DateTimeFormat;
        _digits = digits;
        // ICU patterns put a narrow no-break space before AM/PM; one plain no-break space everywhere keeps "8 AM"
        // on one line and renders in every font the banners and badges use.
        _pattern = new string([.. _format.ShortTimePattern.Select(c => char.IsWhiteSpace(c) ? NoBreakSpace : c)]);
        Uses24HourClock = _pattern.Contains('H', StringComparison.Ordinal);
        Midnight = Uses24HourClock ? null : midnight;
        Noon = Uses24HourClock ? null : noon;
        EnglishCompaction = englishCompaction && !Uses24HourClock;
    }

    public bool Uses24HourClock { get; }

    private string? Midnight { get; }
    private string? Noon { get; }
    private bool EnglishCompaction { get; }

    /// <summary>One time: <c>9:00 AM</c>, <c>09:00</c>; compact drops <c>:00</c> on 12-hour clocks (<c>9 AM</c>).</summary>
    public string Time(LocalTime time, TimeStyle style) => Word(time) ?? Marked(time, style == TimeStyle.Compact);

    /// <summary>A staffed range; a whole day is null (callers name it: <c>24 hours</c>).</summary>
    public string? Range(TimeRange range, TimeStyle style, string dash)
    {
        if (range.Start == range.End && range.Start == LocalTime.Midnight) return null;
        if (Uses24HourClock) return Clock24(range.Start, false) + dash + Clock24(range.End, true);
        var compact = style == TimeStyle.Compact;
        if (EnglishCompaction && compact && Word(range.Start) is null && Word(range.End) is null)
        {
            if (IsBareReadable(range)) return Bare(range.Start) + dash + Bare(range.End);
            if (SharesHalfDay(range)) return Bare(range.Start) + dash + Marked(range.End, true);
        }
        return Time(range.Start, style) + dash + Time(range.End, style);
    }

    // "9–6": a morning start (6–11) and an afternoon or evening end (1–7:59 PM) that is earlier on the clock
    // face, so "6" can only be the evening. "8–8" and "8–10" fail the test and get their markers.
    private static bool IsBareReadable(TimeRange r) =>
        r.Start.Hour is >= 6 and < 12 && r.End.Hour is >= 13 and < 20 &&
        r.End.Minus(Period.FromHours(12)) < r.Start;

    // "9–11 AM", "1–5 PM": both ends in the same half of the day, in order, neither at 12 (whose reading flips).
    private static bool SharesHalfDay(TimeRange r) =>
        !r.CrossesMidnight && r.Start.Hour / 12 == r.End.Hour / 12 && r.Start.Hour % 12 != 0 && r.End.Hour % 12 != 0;

    private string? Word(LocalTime time) =>
        time == LocalTime.Midnight ? Midnight : time == LocalTime.Noon ? Noon : null;

    private string Bare(LocalTime time)
    {
        var text = new StringBuilder(time.ClockHourOfHalfDay.ToString(CultureInfo.InvariantCulture));
        if (time.Minute != 0) text.Append(_format.TimeSeparator).Append(time.Minute.ToString("00", CultureInfo.InvariantCulture));
        return _digits(text.ToString());
    }

    private string Marked(LocalTime time, bool dropZeroMinutes)
    {
        var pattern = dropZeroMinutes && time.Minute == 0 && !Uses24HourClock ? WithoutMinutes(_pattern) : _pattern;
        var text = new DateTime(2000, 1, 1, time.Hour, time.Minute, 0, DateTimeKind.Unspecified).ToString(pattern, _format);
        return _digits(text);
    }

    private string Clock24(LocalTime time, bool isEnd)
    {
        if (isEnd && time == LocalTime.Midnight)
        {
            // 24:00 closes a day in every 24-hour convention; CultureInfo has no pattern for it, so the midnight
            // text has its hour replaced ("0:00" and "00:00" both become "24:00").
            var midnight = Marked(LocalTime.Midnight, false);
            var zero = _digits("0")[0];
            var start = midnight.TakeWhile(c => c != zero).Count();
            var length = midnight.Skip(start).TakeWhile(c => c == zero).Count();
            return midnight[..start] + _digits("24") + midnight[(start + length)..];
        }
        return Marked(time, false);
    }

    // "h:mm tt" → "h tt"; "tt h:mm" → "tt h".
    private string WithoutMinutes(string pattern) =>
        pattern.Replace(_format.TimeSeparator + "mm", "", StringComparison.Ordinal).Replace(":mm", "", StringComparison.Ordinal);
}
