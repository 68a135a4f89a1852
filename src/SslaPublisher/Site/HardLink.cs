using System.Runtime.InteropServices;

namespace SslaPublisher.Site;

/// <summary>Creates hard links (a second name for an existing file), where the platform and the volume allow it.</summary>
/// <remarks>
/// .NET has no hard-link API, so this calls POSIX <c>link(2)</c> directly. Paths are passed as NUL-terminated UTF-8
/// bytes (what Linux and macOS file names are), which needs no string marshalling. Windows and any failure (another
/// volume, a file system without links, a permission) report false, and the caller copies instead.
/// </remarks>
internal static partial class HardLink
{
    /// <summary>Makes <paramref name="newPath"/> a second name of <paramref name="existing"/>.</summary>
    /// <returns>False when no link was made (the caller should copy); <paramref name="newPath"/> then does not exist.</returns>
    public static bool TryCreate(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return link(NativePath.Utf8(existing), NativePath.Utf8(newPath)) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code enabled for the project; byte[] arguments need no marshalling anyway.
    private static extern int link(byte[] oldpath, byte[] newpath);
#pragma warning restore SYSLIB1054
}
