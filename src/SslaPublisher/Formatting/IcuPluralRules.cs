using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>CLDR plural rules of one language through ICU: which form (<c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>, <c>zero</c>) a count takes.</summary>
internal sealed class IcuPluralRules
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenFn([MarshalAs(UnmanagedType.LPStr)] string locale, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int SelectFn(IntPtr rules, double number, [Out] char[] keyword, int capacity, ref int status);

    private static readonly Lazy<OpenFn> Open = new(() => IcuLibrary.Function<OpenFn>("uplrules_open"));
    private static readonly Lazy<SelectFn> SelectNative = new(() => IcuLibrary.Function<SelectFn>("uplrules_select"));

    // Never closed: one per language for the life of the process, like CultureInfo's own data.
    private readonly IntPtr _rules;

    public IcuPluralRules(string icuLocale)
    {
        var status = 0;
        _rules = Open.Value(icuLocale, ref status);
        IcuLibrary.Check(status, $"plural rules for {icuLocale}");
    }

    /// <summary>The CLDR plural category of <paramref name="count"/>.</summary>
    public string Select(long count)
    {
        var buffer = new char[16];
        var status = 0;
        var length = SelectNative.Value(_rules, count, buffer, buffer.Length, ref status);
        IcuLibrary.Check(status, "plural selection");
        return new string(buffer, 0, length);
    }
}
