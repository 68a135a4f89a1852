using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// The name of a language's default numbering system in CLDR through ICU (<c>latn</c>, <c>arab</c>, <c>deva</c>):
/// what a browser needs (<c>ar-u-nu-arab</c>) to write the same digits as the pages written here, whatever CLDR
/// version the browser carries.
/// </summary>
internal static class IcuNumberingSystem
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenFn([MarshalAs(UnmanagedType.LPStr)] string locale, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr NameFn(IntPtr system);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void CloseFn(IntPtr system);

    private static readonly Lazy<OpenFn> Open = new(() => IcuLibrary.Function<OpenFn>("unumsys_open"));
    private static readonly Lazy<NameFn> Name = new(() => IcuLibrary.Function<NameFn>("unumsys_getName"));
    private static readonly Lazy<CloseFn> Close = new(() => IcuLibrary.Function<CloseFn>("unumsys_close"));

    /// <summary>The numbering system ICU uses for <paramref name="icuLocale"/> (<c>ar</c> → <c>arab</c>).</summary>
    public static string Of(string icuLocale)
    {
        var status = 0;
        var system = Open.Value(icuLocale, ref status);
        IcuLibrary.Check(status, $"numbering system for {icuLocale}");
        try
        {
            return Marshal.PtrToStringAnsi(Name.Value(system)) ?? "latn";
        }
        finally
        {
            Close.Value(system);
        }
    }
}
