using System.Text;

namespace SslaPublisher.Site;

/// <summary>Paths for direct libc calls (<see cref="HardLink"/>, <see cref="FolderSwap"/>).</summary>
internal static class NativePath
{
    /// <summary>The path as NUL-terminated UTF-8 bytes (what Linux and macOS file names are): no marshalling needed.</summary>
    public static byte[] Utf8(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }
}
