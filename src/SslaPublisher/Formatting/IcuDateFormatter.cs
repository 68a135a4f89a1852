using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// A date or a month as the language writes it, from a CLDR skeleton through ICU's date pattern generator:
/// <c>yMMM</c> gives <c>Nov 2026</c>, <c>nov 2026</c>, <c>2026年11月</c>, <c>نوفمبر ٢٠٢٦</c>; <c>yMMMMd</c> gives
/// <c>January 1, 2026</c>, <c>1 de enero de 2026</c>, <c>2026年1月1日</c>.
/// </summary>
/// <remarks>
/// .NET's <see cref="System.Globalization.CultureInfo"/> has only the long year-month pattern ("noviembre de 2026");
/// the abbreviated form a chart axis or a table needs is CLDR's <c>yMMM</c> availableFormat, which only ICU's
/// generator resolves. The date is formatted by ICU too, so the language's digits come with it.
/// </remarks>
internal sealed class IcuDateFormatter
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr GeneratorOpenFn([MarshalAs(UnmanagedType.LPStr)] string locale, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int BestPatternFn(IntPtr generator, [MarshalAs(UnmanagedType.LPWStr)] string skeleton, int length,
        [Out] char[] pattern, int capacity, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate void CloseFn(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    internal delegate IntPtr DateOpenFn(int timeStyle, int dateStyle, [MarshalAs(UnmanagedType.LPStr)] string locale,
        [MarshalAs(UnmanagedType.LPWStr)] string zone, int zoneLength, [MarshalAs(UnmanagedType.LPWStr)] string pattern,
        int patternLength, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    internal delegate int DateFormatFn(IntPtr format, double date, [Out] char[] result, int capacity, IntPtr position, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int DateFormatFieldFn(IntPtr format, double date, [Out] char[] result, int capacity, ref FieldPosition position, ref int status);

    // ICU's UFieldPosition: which field to find, and where the formatted text has it.
    [StructLayout(LayoutKind.Sequential)]
    private struct FieldPosition
    {
        public int Field;
        public int BeginIndex;
        public int EndIndex;
    }

    // UDateFormatField UDAT_DATE_FIELD: the day of the month.
    private const int DayOfMonthField = 3;

    private static readonly Lazy<GeneratorOpenFn> GeneratorOpen = new(() => IcuLibrary.Function<GeneratorOpenFn>("udatpg_open"));
    private static readonly Lazy<BestPatternFn> BestPattern = new(() => IcuLibrary.Function<BestPatternFn>("udatpg_getBestPattern"));
    private static readonly Lazy<CloseFn> GeneratorClose = new(() => IcuLibrary.Function<CloseFn>("udatpg_close"));
    // Shared with IcuZoneNames, which formats with a pattern of its own.
    internal static readonly Lazy<DateOpenFn> DateOpen = new(() => IcuLibrary.Function<DateOpenFn>("udat_open"));
    internal static readonly Lazy<DateFormatFn> DateFormat = new(() => IcuLibrary.Function<DateFormatFn>("udat_format"));
    private static readonly Lazy<DateFormatFieldFn> DateFormatField = new(() => IcuLibrary.Function<DateFormatFieldFn>("udat_format"));

    internal const int UdatPattern = -2;
    private const string Utc = "UTC";

    // A UDateFormat is not safe to share between threads; formatting is rare (a label per month or date), so one lock.
    private readonly IntPtr _format;
    private readonly Lock _lock = new();

    public IcuDateFormatter(string icuLocale, string skeleton)
    {
        var status = 0;
        var generator = GeneratorOpen.Value(icuLocale, ref status);
        IcuLibrary.Check(status, $"date pattern generator for {icuLocale}");
        try
        {
            var buffer = new char[64];
            var length = BestPattern.Value(generator, skeleton, skeleton.Length, buffer, buffer.Length, ref status);
            IcuLibrary.Check(status, $"date pattern '{skeleton}' for {icuLocale}");
            Pattern = new string(buffer, 0, length);
        }
        finally
        {
            GeneratorClose.Value(generator);
        }
        _format = DateOpen.Value(UdatPattern, UdatPattern, icuLocale, Utc, Utc.Length, Pattern, Pattern.Length, ref status);
        IcuLibrary.Check(status, $"date format '{Pattern}' for {icuLocale}");
    }

    /// <summary>The CLDR pattern the skeleton resolved to (<c>MMM y</c>, <c>y年M月</c>).</summary>
    public string Pattern { get; }

    /// <summary>The month <paramref name="month"/> (1–12) of <paramref name="year"/>.</summary>
    public string Format(int year, int month) => Format(year, month, 15);

    /// <summary>The day <paramref name="day"/> of <paramref name="month"/> (1–12) of <paramref name="year"/>.</summary>
    public string Format(int year, int month, int day) => FormatWithDay(year, month, day).Text;

    /// <summary>
    /// The date, and where in it the day of the month is (<c>Day</c> empty when the pattern has none), so a caller can
    /// write that number differently ("1er janvier").
    /// </summary>
    public (string Text, Range Day) FormatWithDay(int year, int month, int day)
    {
        // Noon UTC: the same day in every zone ICU could apply (the formatter's zone is UTC anyway).
        var milliseconds = (new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalMilliseconds;
        var buffer = new char[64];
        var status = 0;
        var position = new FieldPosition { Field = DayOfMonthField };
        int length;
        lock (_lock) length = DateFormatField.Value(_format, milliseconds, buffer, buffer.Length, ref position, ref status);
        IcuLibrary.Check(status, "date formatting");
        return (new string(buffer, 0, length), position.BeginIndex..position.EndIndex);
    }
}
