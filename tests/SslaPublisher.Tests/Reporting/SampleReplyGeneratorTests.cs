using NodaTime;
using SslaPublisher.Reporting;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Reporting;

public class SampleReplyGeneratorTests
{
    private static string Generate(int seed, int months = 2)
    {
        using var writer = new StringWriter();
        SampleReplyGenerator.Write(new SslaPublisher.Definition.PromiseLoader().LoadFile(RepoPaths.Example()),
            new SampleReplyOptions(new YearMonth(2026, 11), months, seed), writer);
        return writer.ToString();
    }

    [Fact]
    public void Should_write_the_same_bytes_for_the_same_seed_and_different_ones_for_another()
    {
        Assert.Equal(Generate(42), Generate(42));
        Assert.NotEqual(Generate(42), Generate(43));
    }

    [Fact]
    public void Should_write_rows_the_report_reads_without_a_bad_row_inside_whole_months_of_each_channel()
    {
        // Given two months of sample data through November 2026
        var promise = new SslaPublisher.Definition.PromiseLoader().LoadFile(RepoPaths.Example());
        var csv = Generate(7);

        // When it is measured strictly (a bad row would throw)
        var record = TrackRecordReader.Read(promise, new StringReader(csv), Instant.FromUtc(2026, 12, 15, 0, 0), skipBadRows: false);

        // Then every row is measured, every channel has rows, and each channel's months are exactly October and November
        Assert.Equal(csv.Count(c => c == '\n') - 1, record.Source.Measured);
        Assert.All(record.Channels, c => Assert.Equal([new YearMonth(2026, 10), new YearMonth(2026, 11)], c.Months.Select(m => m.Month)));
        Assert.All(record.Channels, c => Assert.True(c.Total.Total > 0));
        // Mostly on time with a tail: a sample that shows something but is not a caricature
        Assert.InRange(record.Channels[0].Total.OnTimePercent!.Value, 60m, 99m);
    }
}
