using System.Runtime.InteropServices;

namespace SslaPublisher.Site;

/// <summary>
/// Exchanges two folders in one step, so that a reader of the output sees the old site or the new one at every
/// instant, never neither: Linux <c>renameat2(RENAME_EXCHANGE)</c> (kernel 3.15, glibc 2.28).
/// </summary>
/// <remarks>
/// .NET has no exchange API, so this calls libc directly, with paths as NUL-terminated UTF-8 bytes (no marshalling).
/// Elsewhere (macOS, Windows, a file system without the flag such as some network mounts) <see cref="TryExchange"/>
/// says no and <see cref="StagedFolder"/> falls back to two renames, which leave a moment of microseconds with no
/// folder at the output's path; a reader then gets "not found" rather than a mixed site.
/// </remarks>
internal static class FolderSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    // errno values that mean "this system or file system cannot exchange", not "this exchange failed".
    private const int NotImplemented = 38, InvalidArgument = 22, NotSupported = 95;

    /// <summary>Atomically gives <paramref name="a"/> the contents of <paramref name="b"/> and the other way round.</summary>
    /// <returns>False when exchanging is not available here; nothing was changed then.</returns>
    /// <exception cref="IOException">The exchange is available but failed (e.g. a permission).</exception>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int result;
        try
        {
            result = renameat2(AtCurrentDirectory, NativePath.Utf8(a), AtCurrentDirectory, NativePath.Utf8(b), RenameExchange);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        if (result == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        if (errno is NotImplemented or InvalidArgument or NotSupported) return false;
        throw new IOException($"cannot swap {a} and {b}: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code enabled for the project; byte[] arguments need no marshalling anyway.
    private static extern int renameat2(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, uint flags);
#pragma warning restore SYSLIB1054
}
