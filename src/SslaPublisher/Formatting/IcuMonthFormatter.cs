using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// A month of a year as the language writes it in a label, from CLDR's <c>yMMM</c> skeleton through ICU's date
/// pattern generator: <c>Nov 2026</c>, <c>nov 2026</c>, <c>2026年11月</c>, <c>نوفمبر ٢٠٢٦</c>.
/// </summary>
/// <remarks>
/// .NET's <see cref="System.Globalization.CultureInfo"/> has only the long year-month pattern ("noviembre de 2026");
/// the abbreviated form a chart axis or a table needs is CLDR's <c>yMMM</c> availableFormat, which only ICU's
/// generator resolves. The date is formatted by ICU too, so the language's digits come with it.
/// </remarks>
internal sealed class IcuMonthFormatter
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr GeneratorOpenFn([MarshalAs(UnmanagedType.LPStr)] string locale, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int BestPatternFn(IntPtr generator, [MarshalAs(UnmanagedType.LPWStr)] string skeleton, int length,
        [Out] char[] pattern, int capacity, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate void CloseFn(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr DateOpenFn(int timeStyle, int dateStyle, [MarshalAs(UnmanagedType.LPStr)] string locale,
        [MarshalAs(UnmanagedType.LPWStr)] string zone, int zoneLength, [MarshalAs(UnmanagedType.LPWStr)] string pattern,
        int patternLength, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int DateFormatFn(IntPtr format, double date, [Out] char[] result, int capacity, IntPtr position, ref int status);

    private static readonly Lazy<GeneratorOpenFn> GeneratorOpen = new(() => IcuLibrary.Function<GeneratorOpenFn>("udatpg_open"));
    private static readonly Lazy<BestPatternFn> BestPattern = new(() => IcuLibrary.Function<BestPatternFn>("udatpg_getBestPattern"));
    private static readonly Lazy<CloseFn> GeneratorClose = new(() => IcuLibrary.Function<CloseFn>("udatpg_close"));
    private static readonly Lazy<DateOpenFn> DateOpen = new(() => IcuLibrary.Function<DateOpenFn>("udat_open"));
    private static readonly Lazy<DateFormatFn> DateFormat = new(() => IcuLibrary.Function<DateFormatFn>("udat_format"));

    private const int UdatPattern = -2;
    private const string Utc = "UTC";

    // A UDateFormat is not safe to share between threads; formatting is rare (a label per month), so one lock.
    private readonly IntPtr _format;
    private readonly Lock _lock = new();

    public IcuMonthFormatter(string icuLocale, string skeleton)
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
    public string Format(int year, int month)
    {
        // Noon UTC on the 15th: the same month in every zone ICU could apply.
        var milliseconds = (new DateTime(year, month, 15, 12, 0, 0, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalMilliseconds;
        var buffer = new char[64];
        var status = 0;
        int length;
        lock (_lock) length = DateFormat.Value(_format, milliseconds, buffer, buffer.Length, IntPtr.Zero, ref status);
        IcuLibrary.Check(status, "month formatting");
        return new string(buffer, 0, length);
    }
}
