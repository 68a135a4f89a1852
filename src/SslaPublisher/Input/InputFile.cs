using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SslaPublisher.Input;

/// <summary>
/// Opens input files the same careful way everywhere: only regular files (a named pipe, a device or a folder is
/// refused instead of hanging or reading forever), symbolic links followed with their failures named (a loop, a
/// target that does not exist), and never more than a stated number of bytes read.
/// </summary>
public static partial class InputFile
{
    /// <summary>Opens <paramref name="path"/> for reading after the checks above.</summary>
    /// <param name="path">The path as the user gave it (relative paths are resolved against the current folder).</param>
    /// <param name="maxBytes">Files larger than this are refused before anything is read.</param>
    /// <param name="what">What the file is, for messages ("the replies CSV").</param>
    /// <exception cref="InputFileException">The file cannot be used; the message says why.</exception>
    public static FileStream OpenRead(string path, long maxBytes, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new InputFileException(path, $"is a folder, not {what}");
        var handle = Open(full, path);
        var stream = new FileStream(handle, FileAccess.Read, bufferSize: 1 << 16);
        // Pipes, sockets and character devices are the files that cannot seek; reading them could block forever
        // (a FIFO nobody writes to) or never end (/dev/zero).
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw new InputFileException(path, $"is not a regular file (a pipe, socket or device); give {what} as a file");
        }
        if (stream.Length > maxBytes)
        {
            var length = stream.Length;
            stream.Dispose();
            throw new InputFileException(path, $"is {ByteSize(length)}; {what} may be at most {ByteSize(maxBytes)}");
        }
        return stream;
    }

    /// <summary>Reads the whole file after the checks of <see cref="OpenRead"/>, still refusing to read past <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputFileException">The file cannot be used; the message says why.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes, string what)
    {
        using var stream = OpenRead(path, maxBytes, what);
        // Block devices report length 0 and /proc files may grow: read at most one byte past the limit to tell.
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        try
        {
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                    throw new InputFileException(path, $"is larger than {ByteSize(maxBytes)}, the most {what} may be");
            }
        }
        catch (IOException e)
        {
            throw new InputFileException(path, $"cannot be read: {e.Message}");
        }
        return buffer.ToArray();
    }

    /// <summary>"1.5 MiB", "640 KiB", "12 bytes": sizes in messages.</summary>
    public static string ByteSize(long bytes) => bytes switch
    {
        >= 1 << 20 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.#} MiB"),
        >= 1 << 10 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 10):0.#} KiB"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    private static SafeFileHandle Open(string full, string shown)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.Read);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputFileException(shown, e is FileNotFoundException ? Explain(full, "file not found") : e.Message);
            }
        }
        // open(2) with O_NONBLOCK returns at once for a FIFO that has no writer (a plain open waits for one), so the
        // checks after opening can refuse it; on a regular file the flag changes nothing.
        var fd = PosixOpen(full, OpenFlags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new InputFileException(shown, ErrnoText(full, errno));
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    // open(2) said "no such file" although the name exists: it is a link whose target is missing. (File.Exists is
    // true for such a link on Unix, so it cannot tell.)
    private static string Explain(string full, string systemMessage) =>
        new FileInfo(full).LinkTarget is { } target
            ? $"is a symbolic link to '{target}', which does not exist"
            : systemMessage;

    private static string ErrnoText(string full, int errno) => errno switch
    {
        2 => Explain(full, "file not found"),
        13 => "permission denied; the file cannot be read",
        _ when errno == LoopErrno => "symbolic links loop (too many levels of links); point the link at a real file",
        _ => $"cannot be opened: {Marshal.GetPInvokeErrorMessage(errno)}",
    };

    private static int LoopErrno => OperatingSystem.IsLinux() ? 40 : 62;

    // O_RDONLY | O_NONBLOCK | O_CLOEXEC: the flag values differ between Linux and the BSDs (macOS).
    private static int OpenFlags => OperatingSystem.IsLinux() ? 0x800 | 0x80000 : 0x4 | 0x1000000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PosixOpen(string path, int flags);
}
