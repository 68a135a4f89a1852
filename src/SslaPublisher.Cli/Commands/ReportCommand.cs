using System.CommandLine;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Input;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Reporting;
using SslaPublisher.Site;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla report</c>: the track record of the promise, measured against exported reply data.</summary>
internal sealed class ReportCommand : SslaCommand
{
    private readonly IClock _clock;
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();
    private readonly Option<string> _replies = new("--replies", "-r")
    {
        Description = "CSV with the columns channel,received_at,first_reply_at (any order, extra columns ignored).",
        Required = true,
    };
    private readonly Option<Instant?> _asOf = new("--as-of")
    {
        Description = "Measure as of this instant (ISO-8601 with Z or an offset); default: now. Replies after it count as not sent yet.",
        CustomParser = r => DueCommand.ParseInstant(r),
    };
    private readonly Option<bool> _json = new("--json") { Description = "Print the report as JSON instead of a table." };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Folder to write report.html, report.json and badges/ to (never an input folder)." };
    private readonly Option<bool> _skip = new("--skip-bad-rows") { Description = "Skip rows that cannot be measured (and say how many) instead of stopping at the first." };
    private readonly Option<string?> _templates = CommonOptions.Templates();

    /// <param name="clock">"Now", the default as-of instant (tests pass a fake clock).</param>
    public ReportCommand(IClock clock) : base("report", """
        Measure the promise against real reply data: each interaction is on time, late, missed (unanswered
        and past due) or pending (not yet due), counted in staffed time. Prints a table per channel and
        month (or JSON with --json); with -o also writes report.html (charts), report.json and per channel
        a track-record badge (badges/<channel>-on-time.svg, .png, @2x.png, shields endpoint .json).
        With an agreement in ssla.yaml, judges its KPIs over the last three complete months.
        Exit code 0 when measured, 1 for invalid input (ssla.yaml or a bad CSV row), 3 when writing fails.

        Examples:
          ssla report examples/acme-air --replies examples/acme-air/replies.csv --as-of 2026-12-01T00:00:00Z
          ssla report examples/acme-air --replies replies.csv --skip-bad-rows -o report/
        """)
    {
        _clock = clock;
        Command.Arguments.Add(_file);
        foreach (var option in new Option[] { _replies, _asOf, _json, _output, _skip, _templates }) Command.Options.Add(option);
    }

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var csvPath = run.Get(_replies)!;
        if (run.Get(_output) is { } destination)
        {
            var inputs = GuardedInputs.Of(run.Get(_file)!, run.Get(_templates));
            inputs.Add(new GuardedInput(csvPath, "replies file"));
            OutputGuard.CheckFolderToAddTo(destination, inputs);
        }
        // A report never draws or publishes the logo or banner image, so they are not decoded (no SkiaSharp font scan).
        var promise = InputResolver.LoadWithoutDecodingImages(run.Get(_file)!);
        var record = Measure(run, promise, csvPath);
        var error = run.Error;

        if (record.Source.BadRowsSkipped > 0)
        {
            await error.WriteLineAsync($"skipped {record.Source.BadRowsSkipped} bad row(s) of {record.Source.Rows}:");
            foreach (var bad in record.Source.FirstBadRows) await error.WriteLineAsync("  " + bad.Format(csvPath));
            if (record.Source.BadRowsSkipped > record.Source.FirstBadRows.Length)
                await error.WriteLineAsync($"  … and {record.Source.BadRowsSkipped - record.Source.FirstBadRows.Length} more");
        }
        if (record.Source.ReceivedAfterAsOf > 0)
            await error.WriteLineAsync($"left out {record.Source.ReceivedAfterAsOf} row(s) received after --as-of {InstantPattern.ExtendedIso.Format(record.AsOf)}");

        if (run.Get(_json)) await run.Output.WriteAsync(Encoding.UTF8.GetString(ReportJson.ToUtf8(record)));
        else ReportTable.Write(record, run.Output);

        if (run.Get(_output) is { } folder)
        {
            var files = ReportRenderer.Render(record, new TemplateRenderer(TemplateSet.Default.WithOverrides(run.Get(_templates))), PlatformCatalog.Default);
            foreach (var f in files)
            {
                run.CancellationToken.ThrowIfCancellationRequested();
                WriteAtomically(f, folder);
            }
            var badges = files.Count(f => f.Path.StartsWith("badges/", StringComparison.Ordinal));
            var pages = string.Concat(files.Where(f => f.Path.EndsWith("/report.html", StringComparison.Ordinal)).Select(f => ", " + f.Path));
            await error.WriteLineAsync($"wrote report.html{pages}, report.json and {badges} badge files (badges/<channel>-on-time.svg|.png|@2x.png|.json) to {folder}");
        }
        return ExitCodes.Ok;
    }

    private TrackRecord Measure(CommandRun run, Definition.Promise promise, string csvPath)
    {
        try
        {
            // Streamed, so no size limit; InputFile still refuses a folder, a pipe, a device or a broken link up front
            // (an InputFileException, exit 1 through the error policy).
            // Read in ranges by as many threads as there are cores (TrackRecordReader), so a seekable file is needed.
            using var file = InputFile.OpenRead(csvPath, long.MaxValue, "the replies CSV");
            return TrackRecordReader.Read(promise, file, run.Get(_asOf) ?? _clock.GetCurrentInstant(), run.Get(_skip),
                cancellationToken: run.CancellationToken);
        }
        catch (ReplyCsvException e)
        {
            // A row that cannot be skipped (an unclosed quote) fails even with --skip-bad-rows: no hint to use it then.
            throw e.Problem.Line > 1 && !run.Get(_skip)
                ? CommandFailure.Input(e.Problem.Format(csvPath), "Fix the row, or run with --skip-bad-rows to skip bad rows (they are counted).")
                : CommandFailure.Input(e.Problem.Format(csvPath));
        }
    }

    // Each file goes to a temporary sibling first and is renamed over the old one, so a reader never sees half a
    // report. The folder is not replaced as a whole (unlike FolderOutput): -o may well be a folder holding other files.
    private static void WriteAtomically(SiteFile file, string folder)
    {
        var target = Path.Combine(Path.GetFullPath(folder), file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, file.Content.ToArray());
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
