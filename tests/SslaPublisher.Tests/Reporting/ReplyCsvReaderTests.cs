using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

public class ReplyCsvReaderTests
{
    private static (List<ReplyRow> Rows, List<BadRow> Bad) Read(string csv)
    {
        var bad = new List<BadRow>();
        var rows = new ReplyCsvReader(["x-help", "facebook"]).Read(new StringReader(csv), bad.Add).ToList();
        return (rows, bad);
    }

    [Fact]
    public void Should_read_columns_in_any_order_and_ignore_extra_ones()
    {
        // Given a header with the three columns shuffled, in another case, among extra columns
        var csv = "id,First_Reply_At,note,CHANNEL, received_at \n7,2026-11-23T14:10:00Z,\"a, quoted note\",facebook,2026-11-23T14:00:00Z\n";

        // When it is read
        var (rows, bad) = Read(csv);

        // Then the row maps by name, not position
        Assert.Empty(bad);
        var row = Assert.Single(rows);
        Assert.Equal(1, row.ChannelIndex);
        Assert.Equal(ReportingFixtures.At("2026-11-23T14:00Z"), row.Received);
        Assert.Equal(ReportingFixtures.At("2026-11-23T14:10Z"), row.FirstReply);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void Should_read_offsets_a_space_separator_and_an_empty_reply_as_unanswered()
    {
        // Given an offset instant, an export-style space separator and an empty first_reply_at
        var csv = "channel,received_at,first_reply_at\nx-help,2026-11-23T09:00:00-05:00,\nx-help,2026-11-23 14:00:00Z,2026-11-23 09:05-05:00\n";

        // When it is read
        var (rows, bad) = Read(csv);

        // Then both are the same instant and the first is unanswered
        Assert.Empty(bad);
        Assert.Equal(rows[0].Received, rows[1].Received);
        Assert.Null(rows[0].FirstReply);
        Assert.Equal(ReportingFixtures.At("2026-11-23T14:05Z"), rows[1].FirstReply);
    }

    [Theory]
    [InlineData("x-help,2026-11-23T09:00:00,", "received_at", "has no Z or offset")]
    [InlineData("x-help,yesterday,", "received_at", "is not an ISO-8601 instant")]
    [InlineData("x-help,,", "received_at", "is empty")]
    [InlineData("x-help,2026-11-23T14:00:00Z,2026-11-23T13:59:00Z", "first_reply_at", "is before received_at")]
    [InlineData("tiktok,2026-11-23T14:00:00Z,", "channel", "unknown channel 'tiktok'; channels in ssla.yaml: x-help, facebook")]
    [InlineData("x-help,2026-11-23T14:00:00Z,2026-11-23T14:00", "first_reply_at", "has no Z or offset")]
    public void Should_report_a_bad_row_with_its_line_and_column(string row, string column, string message)
    {
        // Given a good row, then a bad one on line 3
        var csv = $"channel,received_at,first_reply_at\nx-help,2026-11-23T14:00:00Z,\n{row}\n";

        // When it is read
        var (rows, bad) = Read(csv);

        // Then the good row is read and the bad one is reported, located
        Assert.Single(rows);
        var problem = Assert.Single(bad);
        Assert.Equal(3, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"replies.csv:3: {column}: ", problem.Format("replies.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_short_row_and_count_lines_across_quoted_newlines()
    {
        // Given a quoted field spanning two lines, then a row with too few columns on line 5
        var csv = "note,channel,received_at,first_reply_at\n\"two\nlines\",x-help,2026-11-23T14:00:00Z,\nonly-one\n\"x\",x-help\n";

        // When it is read
        var (rows, bad) = Read(csv);

        // Then the multi-line row is read and the short rows are located on their own lines
        Assert.Single(rows);
        Assert.Equal([4, 5], bad.Select(b => b.Line));
        Assert.All(bad, b => Assert.Contains("column(s)", b.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_pass_over_blank_lines()
    {
        // Given blank lines between rows
        var csv = "channel,received_at,first_reply_at\n\nx-help,2026-11-23T14:00:00Z,\n\n";

        // When it is read
        var (rows, bad) = Read(csv);

        // Then they are neither rows nor bad rows
        Assert.Single(rows);
        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("channel,received,first_reply_at\n", "the header lacks 'received_at'; it has: channel,received,first_reply_at")]
    public void Should_refuse_a_file_without_the_required_header(string csv, string message)
    {
        // Given a file without a usable header / When it is read
        var error = Assert.Throws<ReplyCsvException>(() => Read(csv));

        // Then the error points at line 1 and says what is missing
        Assert.Equal(1, error.Problem.Line);
        Assert.Contains(message, error.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_windows_line_endings_and_fractional_seconds()
    {
        // Given CRLF line endings and instants with fractions of a second
        var csv = "channel,received_at,first_reply_at\r\nx-help,2026-11-23T14:00:00.250Z,2026-11-23T09:00:01.5-05:00\r\n";

        // When it is read
        var (rows, bad) = Read(csv);

        // Then the instants keep their fractions
        Assert.Empty(bad);
        Assert.Equal(NodaTime.Duration.FromMilliseconds(1250), Assert.Single(rows).FirstReply - rows[0].Received);
    }
}
