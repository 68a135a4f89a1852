using System.Globalization;
using NodaTime.Text;
using SslaPublisher.Reporting;
using Spectre.Console;

namespace SslaPublisher.Cli.Commands;

/// <summary>The terminal form of a track record: one table row per channel and month (and per notice with a temporary promise), then the verdict.</summary>
internal static class ReportTable
{
    public static void Write(TrackRecord record, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        // Redirected output has no terminal width; a fixed width keeps each row on one line.
        console.Profile.Width = 180;
        output.WriteLine($"{record.Brand.Name}: track record as of {InstantPattern.ExtendedIso.Format(record.AsOf)} " +
                         $"({ReportFormat.Count(record.Source.Measured)} interactions measured)");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Channel", "Month", "Total", "On time", "Late", "Missed", "Pending", "No promise", "On-time %", "Median", "p90", "Median staffed", "p90 staffed" })
            table.AddColumn(new TableColumn(Markup.Escape(column)) { Alignment = column is "Channel" or "Month" ? Justify.Left : Justify.Right });
        foreach (var channel in record.Channels)
        {
            foreach (var month in channel.Months)
                table.AddRow(Cells(channel.Channel.Id, month.Month.ToString("uuuu'-'MM", CultureInfo.InvariantCulture), month.Summary));
            table.AddRow(Cells(channel.Channel.Id, "all", channel.Total));
            // Part of "all": the interactions a notice's temporary promise judged, so the verdict can be read honestly.
            foreach (var notice in channel.Notices)
                table.AddRow(Cells(channel.Channel.Id, $"notice {notice.Promise.NoticeId} ({notice.Promise.Within})", notice.Summary));
            if (channel != record.Channels[^1]) table.AddEmptyRow();
        }
        console.Write(table);

        if (record.Verdict is not { } verdict) return;
        output.WriteLine($"Agreement verdict, {verdict.Months[0].ToString("uuuu'-'MM", CultureInfo.InvariantCulture)} to {verdict.Months[^1].ToString("uuuu'-'MM", CultureInfo.InvariantCulture)} (on-time: worst channel; median: all channels):");
        foreach (var kpi in verdict.Kpis.Where(k => k.Status != VerdictStatus.NotMeasured))
        {
            var months = string.Join(", ", kpi.Months.Select(m => m.Value is { } v
                ? $"{m.Month.ToString("uuuu'-'MM", CultureInfo.InvariantCulture)} {kpi.Target.Kpi.Unit.Format(Math.Round(v, 1, MidpointRounding.AwayFromZero))} ({m.Channel})"
                : $"{m.Month.ToString("uuuu'-'MM", CultureInfo.InvariantCulture)} no data"));
            output.WriteLine($"  {kpi.Target.Kpi.Name.Default} {kpi.Target.TargetText}: {kpi.Status.ToString().ToUpperInvariant()} — {months}");
        }
        foreach (var c in verdict.Conditions.Where(c => c.Evaluated))
            output.WriteLine($"  {(c.Triggered ? "TRIGGERED" : "not triggered")}: {c.Condition.Summary}");
        var unmeasured = verdict.Kpis.Where(k => k.Status == VerdictStatus.NotMeasured).Select(k => k.Target.Kpi.Id).ToList();
        if (unmeasured.Count > 0) output.WriteLine($"  not measured from reply data: {string.Join(", ", unmeasured)}");
    }

    private static string[] Cells(string channel, string month, OutcomeSummary s) =>
    [
        Markup.Escape(channel), Markup.Escape(month), ReportFormat.Count(s.Total), ReportFormat.Count(s.OnTime), ReportFormat.Count(s.Late),
        ReportFormat.Count(s.Missed), ReportFormat.Count(s.Pending), ReportFormat.Count(s.NoPromise), ReportFormat.Percent(s.OnTimePercent),
        ReportFormat.Seconds(s.WallTime.MedianSeconds), ReportFormat.Seconds(s.WallTime.P90Seconds),
        ReportFormat.Seconds(s.StaffedTime.MedianSeconds), ReportFormat.Seconds(s.StaffedTime.P90Seconds),
    ];
}
