using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) of the ICU the machine has (<c>ubidi</c>), the implementation
/// Chromium lays text out with: embedding levels for one paragraph of plain text.
/// </summary>
internal static class IcuBidi
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr OpenFn();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void CloseFn(IntPtr bidi);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SetParaFn(IntPtr bidi, IntPtr text, int length, byte paraLevel, IntPtr embeddingLevels, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr GetLevelsFn(IntPtr bidi, ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate byte GetParaLevelFn(IntPtr bidi);

    // UBIDI_DEFAULT_LTR: the paragraph's direction from its first strong character (P2–P3), left to right without one.
    private const byte DefaultLeftToRight = 0xFE;

    private static readonly Lazy<OpenFn> Open = new(() => IcuLibrary.Function<OpenFn>("ubidi_open"));
    private static readonly Lazy<CloseFn> Close = new(() => IcuLibrary.Function<CloseFn>("ubidi_close"));
    private static readonly Lazy<SetParaFn> SetPara = new(() => IcuLibrary.Function<SetParaFn>("ubidi_setPara"));
    private static readonly Lazy<GetLevelsFn> GetLevels = new(() => IcuLibrary.Function<GetLevelsFn>("ubidi_getLevels"));
    private static readonly Lazy<GetParaLevelFn> GetParaLevel = new(() => IcuLibrary.Function<GetParaLevelFn>("ubidi_getParaLevel"));

    /// <summary>
    /// The embedding level of each UTF-16 unit of <paramref name="text"/> (even: left to right, odd: right to left)
    /// and whether the paragraph is right to left; <paramref name="rightToLeft"/> forces the paragraph's direction.
    /// </summary>
    public static (bool RightToLeft, byte[] Levels) Resolve(string text, bool? rightToLeft)
    {
        ArgumentNullException.ThrowIfNull(text);
        var levels = new byte[text.Length];
        // ICU keeps a pointer to the text while the bidi object lives: the text stays pinned until it is closed.
        var pinned = GCHandle.Alloc(text, GCHandleType.Pinned);
        var bidi = Open.Value();
        try
        {
            if (bidi == IntPtr.Zero) throw new InvalidOperationException("ICU could not open a bidi object (out of memory).");
            var status = 0;
            var paraLevel = rightToLeft switch { true => (byte)1, false => (byte)0, null => DefaultLeftToRight };
            SetPara.Value(bidi, pinned.AddrOfPinnedObject(), text.Length, paraLevel, IntPtr.Zero, ref status);
            IcuLibrary.Check(status, "bidi resolution");
            var rtl = (GetParaLevel.Value(bidi) & 1) == 1;
            if (text.Length == 0) return (rtl, levels);
            var resolved = GetLevels.Value(bidi, ref status);
            IcuLibrary.Check(status, "bidi levels");
            Marshal.Copy(resolved, levels, 0, levels.Length);
            return (rtl, levels);
        }
        finally
        {
            if (bidi != IntPtr.Zero) Close.Value(bidi);
            pinned.Free();
        }
    }
}
