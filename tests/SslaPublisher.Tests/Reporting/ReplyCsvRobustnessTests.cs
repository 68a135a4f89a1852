using SslaPublisher.Reporting;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Reporting;

/// <summary>Broken exports get one located line, with or without --skip-bad-rows.</summary>
public class ReplyCsvRobustnessTests
{
    private static ReplyCsvException Read(string csv) => Assert.Throws<ReplyCsvException>(() =>
        new ReplyCsvReader(["x"]).Read(new StringReader(csv), _ => { }).ToList());

    [Fact]
    public void Should_refuse_a_header_that_names_one_of_its_columns_twice()
    {
        var error = Read("channel,received_at,Channel,first_reply_at\n");

        Assert.Equal("line 1: the header names 'channel' (columns 1 and 3) more than once; keep one of each", error.Message);
    }

    [Fact]
    public void Should_ignore_duplicates_among_extra_columns()
    {
        var rows = new ReplyCsvReader(["x"]).Read(new StringReader("agent,channel,received_at,first_reply_at,agent\nana,x,2026-11-02T10:00:00Z,,ben\n"), _ => { }).ToList();

        Assert.Single(rows);
    }

    [Fact]
    public void Should_locate_a_stray_quote_that_swallows_the_rest_of_a_big_export_even_when_skipping_bad_rows()
    {
        // Given a 25 MB export whose second row opens a quote that is never closed
        var line = "x,2026-11-02T10:00:00Z,2026-11-02T10:05:00Z\n";
        var csv = "channel,received_at,first_reply_at\n" + line + "x,2026-11-02T10:00:00Z,\"2026-11-02T10:05:00Z\n" +
                  string.Concat(Enumerable.Repeat(line, 25_000_000 / line.Length));
        var skipped = 0;

        // When read with bad rows skipped
        var error = Assert.Throws<ReplyCsvException>(() =>
            new ReplyCsvReader(["x"]).Read(new StringReader(csv), _ => skipped++).ToList());

        // Then reading stops at the row where the quote opens, with a message saying so
        Assert.Equal(3, error.Problem.Line);
        Assert.StartsWith("line 3: this row runs on for more than 16 Mi characters: probably a '\"' that is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_named_pipe_as_the_replies_file()
    {
        using var dir = new TempDir();
        var fifo = Path.Combine(dir.Path, "replies.csv");
        System.Diagnostics.Process.Start("mkfifo", fifo).WaitForExit();

        var result = await CliRunner.RunAsync("report", RepoPaths.Example(), "--replies", fifo);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{fifo}: is not a regular file (a pipe, socket or device); give the replies CSV as a file", result.Error.Trim());
    }
}
