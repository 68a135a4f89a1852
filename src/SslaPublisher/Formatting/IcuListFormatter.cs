using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// CLDR list patterns through ICU: the separator between listed items (<c>, </c>, <c>、</c>, <c> و</c>) and the
/// pattern that joins a duration's parts (<c>1 hour, 30 minutes</c>).
/// </summary>
internal sealed class IcuListFormatter
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate IntPtr OpenFn([MarshalAs(UnmanagedType.LPStr)] string locale, int type, int width, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int FormatFn(IntPtr formatter, IntPtr[] strings, int[] lengths, int count,
        [Out] char[] result, int capacity, ref int status);

    private static readonly Lazy<OpenFn> Open = new(() => IcuLibrary.Function<OpenFn>("ulistfmt_openForType"));
    private static readonly Lazy<FormatFn> FormatNative = new(() => IcuLibrary.Function<FormatFn>("ulistfmt_format"));

    // UListFormatterType and UListFormatterWidth.
    private const int TypeAnd = 0, TypeUnits = 2;

    private readonly Dictionary<UnitWidth, IntPtr> _units = [];
    private readonly IntPtr _and;

    public IcuListFormatter(string icuLocale)
    {
        foreach (var width in Enum.GetValues<UnitWidth>()) _units[width] = OpenFor(icuLocale, TypeUnits, width);
        _and = OpenFor(icuLocale, TypeAnd, UnitWidth.Wide);
        // CLDR's "start" pattern of a narrow list ("{0}, {1}") separates items without the "and" of the last pair.
        var list = Join(OpenFor(icuLocale, TypeAnd, UnitWidth.Narrow), ["\u0001", "\u0002", "\u0003"]);
        var from = list.IndexOf('\u0001', StringComparison.Ordinal) + 1;
        Separator = list[from..list.IndexOf('\u0002', StringComparison.Ordinal)];
    }

    /// <summary>What separates items of a list: <c>, </c> in English, <c>、</c> in Japanese.</summary>
    public string Separator { get; }

    /// <summary>A duration's parts joined as the language joins units at <paramref name="width"/>: <c>1 hour, 30 minutes</c>.</summary>
    public string Units(IReadOnlyList<string> parts, UnitWidth width) => Join(_units[width], parts);

    /// <summary>Items joined as a sentence lists them: <c>X, Facebook and LinkedIn</c>, <c>X、Facebook、LinkedIn</c>.</summary>
    public string And(IReadOnlyList<string> items) => Join(_and, items);

    private static IntPtr OpenFor(string locale, int type, UnitWidth width)
    {
        var status = 0;
        var handle = Open.Value(locale, type, (int)width, ref status);
        IcuLibrary.Check(status, $"list formatter for {locale}");
        return handle;
    }

    private static string Join(IntPtr formatter, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        var pointers = new IntPtr[items.Count];
        try
        {
            for (var i = 0; i < items.Count; i++) pointers[i] = Marshal.StringToHGlobalUni(items[i]);
            var lengths = items.Select(s => s.Length).ToArray();
            var capacity = lengths.Sum() + 16 * items.Count + 16;
            var buffer = new char[capacity];
            var status = 0;
            var length = FormatNative.Value(formatter, pointers, lengths, items.Count, buffer, capacity, ref status);
            IcuLibrary.Check(status, "list formatting");
            return new string(buffer, 0, length);
        }
        finally
        {
            foreach (var p in pointers) if (p != IntPtr.Zero) Marshal.FreeHGlobal(p);
        }
    }
}
