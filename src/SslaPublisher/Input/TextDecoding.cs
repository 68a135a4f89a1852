using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SslaPublisher.Input;

/// <summary>
/// Decodes an input text file strictly: UTF-8 (with or without a byte order mark), or UTF-16/UTF-32 with one.
/// An invalid byte is an error at its line and column instead of a silent U+FFFD in a published page, and UTF-16
/// saved without a byte order mark (which decodes to NUL-riddled nonsense) is recognised and named.
/// </summary>
public static class TextDecoding
{
    /// <summary>The text of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The file as the user named it, for errors.</param>
    /// <exception cref="InputFileException">The bytes are not valid text in a supported encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(bytes[3..], path);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return Strict(new UTF32Encoding(false, false, true), bytes[4..], path, "UTF-32");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return Strict(new UTF32Encoding(true, false, true), bytes[4..], path, "UTF-32");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(new UnicodeEncoding(false, false, true), bytes[2..], path, "UTF-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(new UnicodeEncoding(true, false, true), bytes[2..], path, "UTF-16");
        if (LooksLikeUtf16(bytes))
            throw new InputFileException(path, "looks like UTF-16 text without a byte order mark; save the file as UTF-8");
        return Utf8(bytes, path);
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, string path)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done) return new string(chars, 0, written);
            var (line, column) = Position(chars.AsSpan(0, written));
            throw new InputFileException(path,
                $"invalid UTF-8 (byte 0x{bytes[read]:X2} at byte offset {read}); save the file as UTF-8", line, column);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string path, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputFileException(path, $"invalid {name} at byte offset {e.Index}; save the file as UTF-8");
        }
    }

    // ASCII-heavy text (YAML keys) in UTF-16 has a NUL in every other byte; UTF-8 text never contains NUL.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        return sample.Length >= 2 && sample.Count((byte)0) * 4 >= sample.Length;
    }

    /// <summary>1-based line and column just after <paramref name="text"/>, counting columns in UTF-16 units as YamlDotNet does.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<char> text)
    {
        var lastBreak = text.LastIndexOf('\n');
        return (text.Count('\n') + 1, text.Length - lastBreak);
    }
}
