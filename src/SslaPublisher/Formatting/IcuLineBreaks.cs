using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// Where a line may break, by the Unicode line breaking algorithm (UAX #14) as ICU implements it with CLDR's
/// tailorings: after spaces, between ideographs and kana but never before small kana or closing punctuation
/// (kinsoku), never at a no-break space. Japanese uses ICU's phrase mode (<c>ja@lw=phrase</c>), which keeps words
/// such as 返信 or 時間 whole and breaks between phrases (文節) as Japanese headlines are set.
/// </summary>
/// <remarks>
/// .NET has no line breaker; ICU is the library .NET's globalization already loaded (<see cref="IcuLibrary"/>), so
/// this costs no dependency. Break iterators are not thread-safe; one is opened per call, which is cheap next to
/// shaping the text it breaks.
/// </remarks>
internal static class IcuLineBreaks
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr OpenFn(int type, [MarshalAs(UnmanagedType.LPStr)] string locale, IntPtr text, int length, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int NextFn(IntPtr iterator);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void CloseFn(IntPtr iterator);

    private static readonly Lazy<OpenFn> Open = new(() => IcuLibrary.Function<OpenFn>("ubrk_open"));
    private static readonly Lazy<NextFn> Next = new(() => IcuLibrary.Function<NextFn>("ubrk_next"));
    private static readonly Lazy<CloseFn> Close = new(() => IcuLibrary.Function<CloseFn>("ubrk_close"));

    private const int LineBreak = 2; // UBRK_LINE
    private const int Done = -1;     // UBRK_DONE

    /// <summary>
    /// The UTF-16 indexes in <paramref name="text"/> where a new line may start (0 and the end are not included).
    /// </summary>
    /// <param name="text">The paragraph.</param>
    /// <param name="language">A BCP 47 language tag (<c>ja</c>, <c>zh-Hans</c>); empty for the root rules.</param>
    public static IReadOnlyList<int> Opportunities(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return [];
        // ICU keeps a pointer to the text while iterating, so it lives in unmanaged memory until the iterator closes.
        var native = Marshal.StringToHGlobalUni(text);
        var status = 0;
        var iterator = IntPtr.Zero;
        try
        {
            iterator = Open.Value(LineBreak, LocaleOf(language), native, text.Length, ref status);
            IcuLibrary.Check(status, $"line break iterator for '{language}'");
            var result = new List<int>();
            for (var at = Next.Value(iterator); at != Done && at < text.Length; at = Next.Value(iterator)) result.Add(at);
            return result;
        }
        finally
        {
            if (iterator != IntPtr.Zero) Close.Value(iterator);
            Marshal.FreeHGlobal(native);
        }
    }

    // Phrase breaking is a Japanese tailoring; other languages take their own locale's rules.
    private static string LocaleOf(string language)
    {
        var icu = language.Replace('-', '_');
        return icu == "ja" || icu.StartsWith("ja_", StringComparison.Ordinal) ? icu + "@lw=phrase" : icu;
    }
}
