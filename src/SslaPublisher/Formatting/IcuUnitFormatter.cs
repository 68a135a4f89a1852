using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>A count with its unit in one language, from CLDR's unit patterns through ICU's number formatter: <c>15 minutes</c>, <c>15 دقيقة</c>, <c>2 日</c>.</summary>
internal sealed class IcuUnitFormatter
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenFn([MarshalAs(UnmanagedType.LPWStr)] string skeleton, int skeletonLength,
        [MarshalAs(UnmanagedType.LPStr)] string locale, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenResultFn(ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate void FormatIntFn(IntPtr formatter, long value, IntPtr result, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int ToStringFn(IntPtr result, [Out] char[] buffer, int capacity, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate void CloseFn(IntPtr handle);

    private static readonly Lazy<OpenFn> Open = new(() => IcuLibrary.Function<OpenFn>("unumf_openForSkeletonAndLocale"));
    private static readonly Lazy<OpenResultFn> OpenResult = new(() => IcuLibrary.Function<OpenResultFn>("unumf_openResult"));
    private static readonly Lazy<FormatIntFn> FormatInt = new(() => IcuLibrary.Function<FormatIntFn>("unumf_formatInt"));
    private static readonly Lazy<ToStringFn> ResultToString = new(() => IcuLibrary.Function<ToStringFn>("unumf_resultToString"));
    private static readonly Lazy<CloseFn> CloseResult = new(() => IcuLibrary.Function<CloseFn>("unumf_closeResult"));

    private readonly string _locale;
    private readonly ConcurrentDictionary<string, IntPtr> _formatters = new(StringComparer.Ordinal);

    public IcuUnitFormatter(string icuLocale) => _locale = icuLocale;

    /// <summary><paramref name="value"/> <paramref name="unit"/>s at <paramref name="width"/>.</summary>
    public string Format(long value, DurationUnit unit, UnitWidth width) =>
        Format(value, $"measure-unit/duration-{UnitName(unit)} {WidthOption(width)}");

    /// <summary>A plain number in the language's digits, without grouping.</summary>
    public string Number(long value) => Format(value, "group-off");

    private string Format(long value, string skeleton)
    {
        // Formatters are immutable and safe to share between threads; a result object is not, so each call has one.
        var formatter = _formatters.GetOrAdd(skeleton, s =>
        {
            var status = 0;
            var handle = Open.Value(s, s.Length, _locale, ref status);
            IcuLibrary.Check(status, $"number formatter '{s}' for {_locale}");
            return handle;
        });
        var st = 0;
        var result = OpenResult.Value(ref st);
        IcuLibrary.Check(st, "number result");
        try
        {
            FormatInt.Value(formatter, value, result, ref st);
            IcuLibrary.Check(st, "unit formatting");
            var buffer = new char[64];
            var length = ResultToString.Value(result, buffer, buffer.Length, ref st);
            IcuLibrary.Check(st, "unit formatting");
            return new string(buffer, 0, length);
        }
        finally
        {
            CloseResult.Value(result);
        }
    }

    private static string UnitName(DurationUnit unit) => unit switch
    {
        DurationUnit.Second => "second",
        DurationUnit.Minute => "minute",
        DurationUnit.Hour => "hour",
        DurationUnit.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    private static string WidthOption(UnitWidth width) => width switch
    {
        UnitWidth.Wide => "unit-width-full-name",
        UnitWidth.Short => "unit-width-short",
        UnitWidth.Narrow => "unit-width-narrow",
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, null),
    };
}
