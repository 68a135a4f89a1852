using Microsoft.Win32.SafeHandles;

namespace SslaPublisher.Reporting;

/// <summary>
/// Reads one byte range of an open file with positional reads (<see cref="RandomAccess"/>), so several threads can read
/// their own ranges of the same handle at once without sharing a file position.
/// </summary>
internal sealed class FileRangeStream(SafeFileHandle file, CsvRange range) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => range.Length;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var left = range.Length - _read;
        if (left <= 0 || buffer.IsEmpty) return 0;
        var read = RandomAccess.Read(file, buffer[..(int)Math.Min(buffer.Length, left)], range.Offset + _read);
        _read += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
