using Microsoft.Win32.SafeHandles;

namespace SslaPublisher.Reporting;

/// <summary>A stretch of a CSV file that starts where a record starts and ends where one ends (or at the end of the file).</summary>
/// <param name="Offset">Byte offset of its first byte.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="FirstLine">The 1-based line number of its first byte, counted as Sep counts lines.</param>
internal readonly record struct CsvRange(long Offset, long Length, int FirstLine);

/// <summary>A replies CSV cut into its header record and the body's ranges, in file order.</summary>
/// <param name="Header">The header record (after a UTF-8 byte-order mark), with its line ending.</param>
/// <param name="Body">The rest, cut on record boundaries; empty when the file is only a header.</param>
internal sealed record CsvSplit(CsvRange Header, IReadOnlyList<CsvRange> Body);

/// <summary>
/// Cuts a UTF-8 CSV file into byte ranges that each begin at the start of a record, so several threads can parse and
/// measure one range each and get exactly the rows a reader from the start would (docs/BENCHMARKS.md, "Report").
/// </summary>
/// <remarks>
/// <para>One pass over the bytes, counting with vectorised <see cref="MemoryExtensions.Count{T}(ReadOnlySpan{T}, T)"/>:
/// a '\n' ends a record exactly when the number of '"' before it is even — Sep, like RFC 4180, toggles quoting on
/// every quote character (an escaped <c>""</c> toggles twice), so a newline inside a quoted field is never a place to
/// cut. The line number at a cut is one plus the '\n's before it, which is Sep's count for a file without lone
/// carriage returns.</para>
/// <para>Where this model could differ from a reader going from the start, the file is not split (null): a byte-order
/// mark of UTF-16 or UTF-32 (the sequential reader decodes those), and a carriage return not followed by '\n' (Sep
/// ends a line there, and counts it).</para>
/// <para>A '\n' byte never occurs inside a multi-byte UTF-8 sequence, so decoding each range alone gives the same
/// characters as decoding the whole file.</para>
/// </remarks>
internal static class CsvRanges
{
    private const int BlockBytes = 1 << 20;

    /// <summary>
    /// Cuts <paramref name="file"/> (<paramref name="length"/> bytes, read from its start) into the header and body
    /// ranges of about <paramref name="rangeBytes"/> each; null when the file must be read from the start instead.
    /// </summary>
    public static CsvSplit? Split(SafeFileHandle file, long length, long rangeBytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfLessThan(rangeBytes, 1);
        var buffer = new byte[(int)Math.Min(BlockBytes, Math.Max(length, 4))];
        var start = 0L;
        if (length > 0)
        {
            var head = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(4, length)), 0);
            if (head > 0 && buffer[0] is 0xFE or 0xFF or 0x00) return null;
            if (head >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
        }

        var scan = new Scan();
        var cuts = new List<(long Offset, int Line)>();
        var searchFrom = start;
        for (var position = start; position < length;)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - position)), position);
            if (read <= 0) break;
            var block = buffer.AsSpan(0, read);
            var i = 0;
            while (i < block.Length)
            {
                if (position + i < searchFrom)
                {
                    var until = (int)Math.Min(block.Length, searchFrom - position);
                    if (!scan.Consume(block[i..until])) return null;
                    i = until;
                    continue;
                }
                var newline = block[i..].IndexOf((byte)'\n');
                if (newline < 0)
                {
                    if (!scan.Consume(block[i..])) return null;
                    i = block.Length;
                    break;
                }
                if (!scan.Consume(block.Slice(i, newline + 1))) return null;
                i += newline + 1;
                if (scan.InQuotes) continue;
                cuts.Add((position + i, scan.Line));
                // The header is its own range (read first, for the column names); the body is cut every rangeBytes.
                searchFrom = position + i + rangeBytes;
            }
            position += read;
        }
        if (scan.LoneCarriageReturn) return null;

        var end = length;
        if (cuts.Count == 0) return new CsvSplit(new CsvRange(start, end - start, 1), []);
        var header = new CsvRange(start, cuts[0].Offset - start, 1);
        var body = new List<CsvRange>(cuts.Count);
        for (var c = 0; c < cuts.Count; c++)
        {
            var from = cuts[c].Offset;
            var to = c + 1 < cuts.Count ? cuts[c + 1].Offset : end;
            if (to > from) body.Add(new CsvRange(from, to - from, cuts[c].Line));
        }
        return new CsvSplit(header, body);
    }

    // The running state of the pass: quote parity, line number, and whether every carriage return so far was
    // followed by '\n' (one may end a block, and its '\n' start the next).
    private sealed class Scan
    {
        private bool _pendingCarriageReturn;

        public bool InQuotes { get; private set; }

        public int Line { get; private set; } = 1;

        public bool LoneCarriageReturn { get; private set; }

        // False as soon as a lone carriage return is seen (the caller gives up splitting).
        public bool Consume(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty) return true;
            if (_pendingCarriageReturn && bytes[0] != (byte)'\n') return !(LoneCarriageReturn = true);
            _pendingCarriageReturn = false;
            if ((bytes.Count((byte)'"') & 1) == 1) InQuotes = !InQuotes;
            Line = checked(Line + bytes.Count((byte)'\n'));
            for (var at = bytes.IndexOf((byte)'\r'); at >= 0;)
            {
                if (at + 1 == bytes.Length)
                {
                    _pendingCarriageReturn = true;
                    break;
                }
                if (bytes[at + 1] != (byte)'\n') return !(LoneCarriageReturn = true);
                var next = bytes[(at + 2)..].IndexOf((byte)'\r');
                at = next < 0 ? -1 : at + 2 + next;
            }
            return true;
        }
    }
}
