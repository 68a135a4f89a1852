using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla hours</c>: the weekly staffed hours of every channel, optionally converted to a reader's zone.</summary>
internal sealed class HoursCommand : SslaCommand
{
    private readonly IClock _clock;
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();
    private readonly Option<DateTimeZone?> _zone = new("--zone", "-z")
    {
        Description = "Also show the hours in this IANA zone (e.g. Europe/London), for the current week.",
        CustomParser = ParseZone,
    };

    private readonly Option<Instant?> _asOf = CommonOptions.AsOf("The week --zone converts, and which notices are still to come or running.");

    /// <param name="clock">"Now" for the conversion: zone differences depend on the week (DST).</param>
    public HoursCommand(IClock clock) : base("hours", """
        Print the weekly staffed hours of each channel in its own zone and, with --zone, in a reader's zone
        (using this week's offsets, since DST moves them). Closed dates are listed in the last column;
        planned closures and temporary reply promises of notices not over at --as-of follow the table.

        Examples:
          ssla hours examples/acme-air/ssla.yaml
          ssla hours examples/acme-air/ssla.yaml --zone Asia/Kolkata --as-of 2026-12-24T12:00Z
        """)
    {
        _clock = clock;
        Command.Arguments.Add(_file);
        Command.Options.Add(_zone);
        Command.Options.Add(_asOf);
    }

    protected override Task<int> RunAsync(CommandRun run)
    {
        var promise = InputResolver.Load(run.Get(_file)!);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(run.Output),
            Interactive = InteractionSupport.No,
        });
        // Redirected output has no terminal width; a fixed width keeps the table on one line per row.
        console.Profile.Width = 160;
        var now = run.Get(_asOf) ?? _clock.GetCurrentInstant();
        console.Write(BuildTable(promise, run.Get(_zone), now));
        WriteNotices(run.Output, promise, now);
        return Task.FromResult(ExitCodes.Ok);
    }

    internal static Table BuildTable(Promise promise, DateTimeZone? readerZone, Instant now)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Channel").AddColumn("Zone").AddColumn("Days").AddColumn("Hours");
        if (readerZone is not null) table.AddColumn($"In {readerZone.Id} (this week)");
        table.AddColumn("Closed");
        foreach (var channel in promise.Channels)
        {
            var schedule = new ChannelSchedule(channel);
            var own = WeeklySummary.For(schedule);
            var converted = readerZone is null ? null : WeeklySummary.For(schedule, readerZone, now);
            var ownLines = Lines(own);
            var cells = new List<IRenderable>
            {
                new Text(channel.Id),
                new Text($"{channel.TimeZone.Id} ({ZoneLabels.For(channel.TimeZone)})"),
                new Text(string.Join("\n", ownLines.Select(l => l.Days))),
                new Text(string.Join("\n", ownLines.Select(l => l.Hours))),
            };
            if (converted is not null)
                cells.Add(new Text(string.Join("\n", Lines(converted).Select(l => $"{l.Days} {l.Hours}".Trim()))));
            cells.Add(new Text(channel.Closed.IsEmpty ? "-" : string.Join("\n", channel.Closed.Select(Closure))));
            table.AddRow(cells);
        }
        return table;
    }

    // Text cells, never markup: ids and reasons come from the file and may hold '[' or ']'.
    private static IEnumerable<(string Days, string Hours)> Lines(WeeklySummary summary)
    {
        // The words pages, bios, badges and banners use: "Every day", the brand's week order, no ambiguous time.
        var format = SummaryFormat.Default;
        if (summary.IsAlways) return [(format.EveryDayText, format.AlwaysText)];
        if (summary.IsNeverStaffed) return [("-", format.NeverText)];
        return WeeklySummaryFormatter.InWeekOrder(summary, format)
            .Select(l => (WeeklySummaryFormatter.FormatDays(l, format), WeeklySummaryFormatter.FormatRanges(l, format).Replace('\u00A0', ' ')));
    }

    private static string Closure(ClosedPeriod c)
    {
        var iso = LocalDatePattern.Iso;
        var dates = c.From == c.To ? iso.Format(c.From) : $"{iso.Format(c.From)}..{iso.Format(c.To)}";
        return c.Reason is null ? dates : $"{dates} {c.Reason}";
    }

    // Below the table, one line per planned closure and temporary promise not over at 'now' (a closure of last spring
    // tells the reader nothing), in the channel's zone: as table cells they squeezed the weekly hours unreadable.
    private static void WriteNotices(TextWriter output, Promise promise, Instant now)
    {
        var lines = new List<string>();
        foreach (var channel in promise.Channels)
        {
            var schedule = ChannelSchedule.For(promise, channel);
            var zone = channel.TimeZone;
            lines.AddRange(schedule.ClosureWindows.Where(c => c.Window.End > now)
                .Select(c => $"  {channel.Id}: closed {Window(c.Window.Start, c.Window.End, zone)} {zone.Id} ({c.NoticeId})"));
            lines.AddRange(schedule.TemporaryPromises.Where(t => t.Until is not { } until || until > now)
                .Select(t => $"  {channel.Id}: replies within {t.Within} {Window(t.From, t.Until, zone)} {zone.Id} ({t.NoticeId})"));
        }
        if (lines.Count == 0) return;
        output.WriteLine($"Notices not over at {InstantPattern.ExtendedIso.Format(now)}:");
        foreach (var line in lines) output.WriteLine(line);
    }

    // A notice's window in the channel's zone, to the minute ("2027-01-11 06:00..2027-01-12 18:00", "2027-06-01 09:00..").
    private static string Window(Instant from, Instant? until, DateTimeZone zone) =>
        $"{LocalMinute.Format(from.InZone(zone).LocalDateTime)}..{(until is { } u ? LocalMinute.Format(u.InZone(zone).LocalDateTime) : "")}";

    private static readonly LocalDateTimePattern LocalMinute = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");

    private static DateTimeZone? ParseZone(System.CommandLine.Parsing.ArgumentResult result)
    {
        var id = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : "";
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is null) result.AddError($"'{id}' is not an IANA time zone; write e.g. Europe/London or America/New_York");
        return zone;
    }
}
