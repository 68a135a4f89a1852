using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// A whole number as an ordinal in the language's digits, from ICU's rule-based number format (CLDR's RBNF
/// <c>%digits-ordinal</c> rules): <c>1er</c> and <c>2e</c> in French, <c>1º</c> in Portuguese, <c>1st</c> in English.
/// </summary>
/// <remarks>
/// CLDR's date patterns have no ordinal day, so a language that writes the first of the month as an ordinal
/// ("1er janvier", "1º de janeiro") gets the day from here (<see cref="LocaleFormat.Date"/>); only the C API
/// (<c>unum_open(UNUM_ORDINAL, …)</c>) reaches these rules.
/// </remarks>
internal sealed class IcuOrdinalFormatter
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenFn(int style, IntPtr pattern, int patternLength, [MarshalAs(UnmanagedType.LPStr)] string locale,
        IntPtr parseError, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int FormatFn(IntPtr format, int number, [Out] char[] result, int capacity, IntPtr position, ref int status);

    private static readonly Lazy<OpenFn> Open = new(() => IcuLibrary.Function<OpenFn>("unum_open"));
    private static readonly Lazy<FormatFn> FormatNative = new(() => IcuLibrary.Function<FormatFn>("unum_format"));

    // UNumberFormatStyle UNUM_ORDINAL.
    private const int Ordinal = 6;

    // A UNumberFormat is not safe to share between threads; ordinals are rare (the first of a month), so one lock.
    private readonly IntPtr _format;
    private readonly Lock _lock = new();

    public IcuOrdinalFormatter(string icuLocale)
    {
        var status = 0;
        _format = Open.Value(Ordinal, IntPtr.Zero, 0, icuLocale, IntPtr.Zero, ref status);
        IcuLibrary.Check(status, $"ordinal number format for {icuLocale}");
    }

    /// <summary><paramref name="number"/> as an ordinal: <c>1er</c>, <c>1º</c>.</summary>
    public string Format(int number)
    {
        var buffer = new char[32];
        var status = 0;
        int length;
        lock (_lock) length = FormatNative.Value(_format, number, buffer, buffer.Length, IntPtr.Zero, ref status);
        IcuLibrary.Check(status, "ordinal formatting");
        return new string(buffer, 0, length);
    }
}
