using System.CommandLine;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Reporting;
using SslaPublisher.Site;
using SslaPublisher.Site.Output;
using Spectre.Console;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla report</c>: the track record of the promise, measured against exported reply data.</summary>
internal static class ReportCommand
{
    /// <param name="clock">"Now", the default as-of instant (tests pass a fake clock).</param>
    public static Command Create(IClock clock)
    {
        var file = CommonOptions.DefinitionFile();
        var replies = new Option<string>("--replies", "-r")
        {
            Description = "CSV with the columns channel,received_at,first_reply_at (any order, extra columns ignored).",
            Required = true,
        };
        var asOf = new Option<Instant?>("--as-of")
        {
            Description = "Measure as of this instant (ISO-8601 with Z or an offset); default: now. Replies after it count as not sent yet.",
            CustomParser = r => DueCommand.ParseInstant(r),
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of a table." };
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write report.html, report.json and badges/ to." };
        var skip = new Option<bool>("--skip-bad-rows") { Description = "Skip rows that cannot be measured (and say how many) instead of stopping at the first." };
        var templates = CommonOptions.Templates();
        var command = new Command("report", """
            Measure the promise against real reply data: each interaction is on time, late, missed (unanswered
            and past due) or pending (not yet due), counted in staffed time. Prints a table per channel and
            month (or JSON with --json); with -o also writes report.html (charts), report.json and per channel
            a track-record badge (badges/<channel>-on-time.svg, .png, @2x.png, shields endpoint .json).
            With an agreement in ssla.yaml, judges its KPIs over the last three complete months.
            Exit code 0 when measured, 1 for invalid input (ssla.yaml or a bad CSV row), 3 when writing fails.

            Examples:
              ssla report examples/acme-air --replies examples/acme-air/replies.csv --as-of 2026-12-01T00:00:00Z
              ssla report examples/acme-air --replies replies.csv --skip-bad-rows -o report/
            """) { file, replies, asOf, json, output, skip, templates };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(output) is { } destination)
            {
                try
                {
                    var inputs = GuardedInputs.Of(parse.GetValue(file)!, parse.GetValue(templates));
                    inputs.Add(new GuardedInput(parse.GetValue(replies)!, "replies file"));
                    OutputGuard.CheckFolderToAddTo(destination, inputs);
                }
                catch (OutputRefusedException e)
                {
                    error.WriteLine($"error: {e.Message}");
                    return ExitCodes.Usage;
                }
            }
            if (!InputResolver.TryLoad(parse.GetValue(file)!, error, out var promise, out var invalid)) return invalid;

            var csvPath = parse.GetValue(replies)!;
            if (!File.Exists(csvPath))
            {
                error.WriteLine($"{csvPath}: file not found");
                return ExitCodes.Invalid;
            }
            TrackRecord record;
            try
            {
                using var reader = new StreamReader(csvPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                record = TrackRecordReader.Read(promise, reader, parse.GetValue(asOf) ?? clock.GetCurrentInstant(), parse.GetValue(skip));
            }
            catch (ReplyCsvException e)
            {
                error.WriteLine(e.Problem.Format(csvPath));
                if (e.Problem.Line > 1) error.WriteLine("Fix the row, or run with --skip-bad-rows to skip bad rows (they are counted).");
                return ExitCodes.Invalid;
            }

            if (record.Source.BadRowsSkipped > 0)
            {
                error.WriteLine($"skipped {record.Source.BadRowsSkipped} bad row(s) of {record.Source.Rows}:");
                foreach (var bad in record.Source.FirstBadRows) error.WriteLine("  " + bad.Format(csvPath));
                if (record.Source.BadRowsSkipped > record.Source.FirstBadRows.Length)
                    error.WriteLine($"  … and {record.Source.BadRowsSkipped - record.Source.FirstBadRows.Length} more");
            }
            if (record.Source.ReceivedAfterAsOf > 0)
                error.WriteLine($"left out {record.Source.ReceivedAfterAsOf} row(s) received after --as-of {InstantPattern.ExtendedIso.Format(record.AsOf)}");

            if (parse.GetValue(json))
            {
                stdout.Write(Encoding.UTF8.GetString(ReportJson.ToUtf8(record)));
            }
            else
            {
                ReportTable.Write(record, stdout);
            }

            if (parse.GetValue(output) is { } folder)
            {
                try
                {
                    var files = ReportRenderer.Render(record, new TemplateRenderer(TemplateSet.Default.WithOverrides(parse.GetValue(templates))), PlatformCatalog.Default);
                    foreach (var f in files) WriteAtomically(f, folder);
                    var badges = files.Count(f => f.Path.StartsWith("badges/", StringComparison.Ordinal));
                    error.WriteLine($"wrote report.html, report.json and {badges} badge files (badges/<channel>-on-time.svg|.png|@2x.png|.json) to {folder}");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{folder}: cannot write the report: {e.Message}");
                    return ExitCodes.Failure;
                }
            }
            return ExitCodes.Ok;
        });
        return command;
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
