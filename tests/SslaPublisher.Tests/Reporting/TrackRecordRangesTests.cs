using System.Text;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Reporting;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Reporting;

/// <summary>
/// The report read from a file in ranges by several threads (<see cref="CsvRanges"/>, <see cref="TrackRecordReader"/>)
/// against the same file read from the start: the same record, the same bad rows, the same first error.
/// </summary>
public class TrackRecordRangesTests
{
    private const string Header = "channel,received_at,first_reply_at";

    private static readonly Instant AsOf = ReportingFixtures.At("2026-12-01T00:00Z");

    // Rows of the fixture promise, some late and missed, so worst breaches (with their lines) are part of the comparison.
    private static readonly string[] Rows =
    [
        "x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z",
        "x-help,2026-11-23T14:00:00Z,2026-11-23T16:00:00Z",
        "insta,2026-11-24T15:00:00Z,",
        "ops,2026-11-25T10:00:00Z,2026-11-25T10:20:00Z",
        "ops,2026-11-25T10:00:00Z,2026-11-25T13:00:00Z",
        "x-help,2026-11-26T20:00:00Z,2026-11-27T15:00:00Z",
        "insta,2026-11-02T15:00:00Z,2026-11-05T15:00:00Z",
        "x-help,2026-10-30T13:00:00Z,",
    ];

    // From the start, decoded as `ssla report` opened files before ranges (a UTF-8 byte-order mark dropped).
    private static (TrackRecord Record, string Json) Sequential(string csv, bool skip)
    {
        using var text = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var record = TrackRecordReader.Read(ReportingFixtures.Promise(), text, AsOf, skip);
        return (record, Encoding.UTF8.GetString(ReportJson.ToUtf8(record)));
    }

    private static (TrackRecord Record, string Json) InRanges(TempDir dir, byte[] bytes, bool skip, long rangeBytes, int threads = 3)
    {
        var path = Path.Combine(dir.Path, $"replies-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        using var file = File.OpenRead(path);
        var record = TrackRecordReader.Read(ReportingFixtures.Promise(), file, AsOf, skip, TrackRecordBuilder.DefaultWorstBreaches,
            rangeBytes, threads, CancellationToken.None);
        return (record, Encoding.UTF8.GetString(ReportJson.ToUtf8(record)));
    }

    private static void AssertSameAsSequential(string csv, bool skip = false, params long[] rangeSizes)
    {
        using var dir = new TempDir();
        var expected = Sequential(csv, skip);
        foreach (var rangeBytes in rangeSizes.Length == 0 ? [1, 7, 64, 1 << 20] : rangeSizes)
        {
            var actual = InRanges(dir, Encoding.UTF8.GetBytes(csv), skip, rangeBytes);
            Assert.Equal(expected.Json, actual.Json);
            Assert.Equal(expected.Record.Source.FirstBadRows.Select(b => b.Format("f")), actual.Record.Source.FirstBadRows.Select(b => b.Format("f")));
        }
    }

    [Fact]
    public void Should_measure_generated_data_exactly_as_a_reader_from_the_start()
    {
        // Given two months of the example brand's sample replies (thousands of rows, every channel)
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());
        using var writer = new StringWriter();
        SampleReplyGenerator.Write(promise, new SampleReplyOptions(new YearMonth(2026, 11), 2, 11), writer);
        var csv = writer.ToString();
        var asOf = Instant.FromUtc(2026, 12, 1, 12, 0);
        var expected = ReportJson.ToUtf8(TrackRecordReader.Read(promise, new StringReader(csv), asOf, skipBadRows: false));
        using var dir = new TempDir();
        var path = dir.Write("replies.csv", csv);

        foreach (var (rangeBytes, threads) in new[] { (4_000L, 2), (50_000L, 3), (1L << 30, 2), (10_000L, 1) })
        {
            // When it is read in ranges of that size by that many threads
            using var file = File.OpenRead(path);
            var record = TrackRecordReader.Read(promise, file, asOf, skipBadRows: false, TrackRecordBuilder.DefaultWorstBreaches,
                rangeBytes, threads, CancellationToken.None);

            // Then the report is byte for byte the one read from the start
            Assert.Equal(csv.Count(c => c == '\n') - 1, record.Source.Measured);
            Assert.Equal(expected, ReportJson.ToUtf8(record));
        }
    }

    [Fact]
    public void Should_never_cut_inside_a_quoted_field_that_holds_newlines_and_quotes()
    {
        // Given a note column whose quoted values hold line breaks, escaped quotes and commas, so lines and records differ
        var csv = "note," + Header + "\n" + string.Concat(Rows.Select((r, i) =>
            $"\"line one of {i}\nline \"\"two\"\", with a comma\n\",{r}\n"));

        // When it is read in ranges that would start inside every field
        // Then the record (worst breaches name the line each row starts on) is the one read from the start
        AssertSameAsSequential(csv);
        using var dir = new TempDir();
        var path = dir.Write("quoted.csv", csv);
        using var file = File.OpenRead(path);
        var split = CsvRanges.Split(file.SafeFileHandle, file.Length, 1)!;
        var bytes = File.ReadAllBytes(path);
        Assert.All(split.Body, r =>
        {
            // Every range starts right after a newline that ends a record (an even number of quotes before it), on its line
            Assert.Equal((byte)'\n', bytes[r.Offset - 1]);
            Assert.Equal(0, bytes.AsSpan(0, (int)r.Offset).Count((byte)'"') % 2);
            Assert.Equal(1 + bytes.AsSpan(0, (int)r.Offset).Count((byte)'\n'), r.FirstLine);
        });
        Assert.Equal(Rows.Length, split.Body.Count);
    }

    [Fact]
    public void Should_read_crlf_line_endings_and_a_utf8_byte_order_mark_as_the_sequential_reader_does()
    {
        var csv = Header + "\r\n" + string.Join("\r\n", Rows) + "\r\n";
        AssertSameAsSequential(csv);
        AssertSameAsSequential("\uFEFF" + csv);
    }

    [Fact]
    public void Should_cover_the_file_with_ranges_that_meet_and_start_on_record_boundaries_whatever_the_range_size()
    {
        // Given a file whose records are longer than the range size, so every wished-for cut falls inside a record
        var csv = Header + "\n" + string.Join("\n", Rows);
        using var dir = new TempDir();
        var path = dir.Write("replies.csv", csv);
        using var file = File.OpenRead(path);
        var bytes = File.ReadAllBytes(path);

        foreach (var rangeBytes in new long[] { 1, 5, 30, 100, 10_000 })
        {
            // When it is split
            var split = CsvRanges.Split(file.SafeFileHandle, file.Length, rangeBytes)!;

            // Then the header comes first, the ranges follow it without a gap or an overlap up to the end, and each starts a line
            Assert.Equal(new CsvRange(0, Header.Length + 1, 1), split.Header);
            var at = split.Header.Offset + split.Header.Length;
            foreach (var range in split.Body)
            {
                Assert.Equal(at, range.Offset);
                Assert.Equal((byte)'\n', bytes[range.Offset - 1]);
                at += range.Length;
            }
            Assert.Equal(bytes.Length, at);
        }
    }

    [Fact]
    public void Should_read_one_row_a_header_alone_and_a_last_row_without_a_newline()
    {
        AssertSameAsSequential(Header + "\n" + Rows[1] + "\n");
        AssertSameAsSequential(Header + "\n" + Rows[1]);
        AssertSameAsSequential(Header + "\n");
        AssertSameAsSequential(Header);
        AssertSameAsSequential(Header + "\n\n" + Rows[0] + "\n\n");
    }

    [Fact]
    public void Should_refuse_an_empty_file_and_a_bad_header_as_the_sequential_reader_does()
    {
        using var dir = new TempDir();
        foreach (var csv in new[] { "", "\uFEFF", "channel,received\n" + Rows[0] })
        {
            var expected = Assert.Throws<ReplyCsvException>(() => Sequential(csv, skip: false));
            var actual = Assert.Throws<ReplyCsvException>(() => InRanges(dir, Encoding.UTF8.GetBytes(csv), skip: false, rangeBytes: 1));
            Assert.Equal(expected.Problem.Format("f"), actual.Problem.Format("f"));
        }
    }

    [Fact]
    public void Should_stop_at_the_first_bad_row_of_the_file_even_when_a_later_range_has_one_too()
    {
        // Given bad rows on lines 4, 7 and 10, the later ones in ranges other threads read at the same time
        var rows = Rows.ToList();
        rows.Insert(2, "x-help,2026-11-23T09:00:00,");
        rows.Insert(5, "tiktok,2026-11-23T14:00:00Z,");
        rows.Insert(8, "x-help,yesterday,");
        var csv = Header + "\n" + string.Join("\n", rows) + "\n";
        using var dir = new TempDir();

        // When it is read strictly, in ranges of a row or two
        var expected = Assert.Throws<ReplyCsvException>(() => Sequential(csv, skip: false));
        foreach (var rangeBytes in new long[] { 1, 40, 100 })
        {
            var actual = Assert.Throws<ReplyCsvException>(() => InRanges(dir, Encoding.UTF8.GetBytes(csv), skip: false, rangeBytes));

            // Then the error is the first bad row's, line 4, as read from the start
            Assert.Equal(4, actual.Problem.Line);
            Assert.Equal(expected.Problem.Format("f"), actual.Problem.Format("f"));
        }

        // And skipped, all three are counted and listed in line order
        AssertSameAsSequential(csv, skip: true);
        var (record, _) = InRanges(dir, Encoding.UTF8.GetBytes(csv), skip: true, rangeBytes: 1);
        Assert.Equal([4, 7, 10], record.Source.FirstBadRows.Select(b => b.Line));
    }

    [Fact]
    public void Should_read_from_the_start_a_file_it_cannot_cut_safely()
    {
        // Given a lone carriage return (Sep ends a line there) and a UTF-16 file (the sequential reader decodes it)
        var loneCr = Header + "\r" + string.Join("\r", Rows) + "\r";
        var withCrInside = Header + "\n" + Rows[0] + "\n\"a\rb\"," + Rows[1] + "\n";
        using var dir = new TempDir();
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(loneCr), Encoding.UTF8.GetBytes(withCrInside) })
        {
            var path = dir.Write($"{Guid.NewGuid():N}.csv", "");
            File.WriteAllBytes(path, bytes);
            using var file = File.OpenRead(path);
            Assert.Null(CsvRanges.Split(file.SafeFileHandle, file.Length, 1));
        }
        AssertSameAsSequential(loneCr);

        var csv = Header + "\n" + string.Join("\n", Rows) + "\n";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(csv)).ToArray();
        var (record, json) = InRanges(dir, utf16, skip: false, rangeBytes: 1);
        Assert.Equal(Sequential(csv, skip: false).Json, json);
        Assert.Equal(Rows.Length, record.Source.Measured);
    }
}
