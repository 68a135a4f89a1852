using System.Globalization;
using System.Runtime.InteropServices;

namespace SslaPublisher.Formatting;

/// <summary>
/// The CLDR services .NET does not expose (plural rules, unit patterns, list patterns, day periods), called in the
/// very ICU library .NET's own globalization loaded, so every language's data comes from one place.
/// </summary>
/// <remarks>
/// ICU suffixes its C symbols with its major version (<c>uplrules_open_72</c>); like .NET's own loader, this probes
/// the versioned library names from newest to oldest. Windows' system <c>icu.dll</c> has unsuffixed names.
/// </remarks>
internal static class IcuLibrary
{
    private static readonly Lazy<(IntPtr Handle, string Suffix)> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Fails with <see cref="IcuUnavailableException"/> unless ICU is loaded and .NET globalization is not invariant.</summary>
    public static void EnsureAvailable() => _ = Loaded.Value;

    /// <summary>The ICU function <paramref name="name"/> as a delegate of type <typeparamref name="T"/>.</summary>
    public static T Function<T>(string name) where T : Delegate
    {
        var (handle, suffix) = Loaded.Value;
        if (!NativeLibrary.TryGetExport(handle, name + suffix, out var address))
            throw new IcuUnavailableException($"ICU has no function {name}{suffix}; ICU 67 or newer is needed. {IcuUnavailableException.Remedy}");
        return Marshal.GetDelegateForFunctionPointer<T>(address);
    }

    /// <summary>Throws <see cref="IcuUnavailableException"/> when an ICU call reported a failure (a positive UErrorCode).</summary>
    public static void Check(int status, string what)
    {
        if (status > 0) throw new InvalidOperationException($"ICU {what} failed with UErrorCode {status.ToString(CultureInfo.InvariantCulture)}.");
    }

    // The switch is set by the project file or runtimeconfig; DOTNET_SYSTEM_GLOBALIZATION_INVARIANT sets the mode
    // without it, and then only the invariant culture exists.
    private static bool IsInvariant()
    {
        if (AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant) return true;
        try
        {
            return CultureInfo.GetCultureInfo("fr", predefinedOnly: true).DateTimeFormat.DayNames[1] == "Monday";
        }
        catch (CultureNotFoundException)
        {
            return true;
        }
    }

    private static (IntPtr, string) Load()
    {
        if (IsInvariant())
            throw new IcuUnavailableException(
                $".NET runs in invariant globalization mode, so no language's day names, clock or plural rules are available. {IcuUnavailableException.Remedy}");
        if (OperatingSystem.IsWindows() && NativeLibrary.TryLoad("icu.dll", out var windows)) return (windows, "");
        if (OperatingSystem.IsMacOS() && NativeLibrary.TryLoad("/usr/lib/libicucore.dylib", out var mac)) return (mac, "");
        for (var version = 90; version >= 60; version--)
        {
            var v = version.ToString(CultureInfo.InvariantCulture);
            if (NativeLibrary.TryLoad($"libicui18n.so.{v}", out var handle)) return (handle, "_" + v);
        }
        throw new IcuUnavailableException($"ICU (libicui18n) was not found on this machine. {IcuUnavailableException.Remedy}");
    }
}
