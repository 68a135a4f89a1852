using System.Diagnostics;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Reporting;
using SslaPublisher.Schedule;

namespace SslaPublisher.Bench;

/// <summary>
/// Where <c>ssla report</c>'s time goes, one stage at a time on one thread (a stopwatch breakdown, not BenchmarkDotNet):
/// parsing the CSV into rows, measuring the rows against the schedules, and measuring plus tallying (the builder's
/// <c>Add</c>). <c>report-stages &lt;csv&gt; [rounds]</c>, with the example brand.
/// </summary>
public static class ReportStages
{
    /// <summary>Runs the breakdown and prints a table row per round.</summary>
    public static void Run(string[] args)
    {
        var csv = args.Length > 0 ? args[0] : throw new ArgumentException("usage: report-stages <csv> [rounds]");
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var promise = new PromiseLoader().LoadFile(Path.Combine(BenchBrands.RepoRoot, "examples", "acme-air", "ssla.yaml"));
        var asOf = Instant.FromUtc(2026, 12, 1, 12, 0);
        Console.WriteLine("| round | parse (ms) | measure (ms) | measure + tally (ms) | rows |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        for (var round = 1; round <= rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var rows = new List<ReplyRow>(1 << 20);
            using (var text = new StreamReader(csv))
                rows.AddRange(new ReplyCsvReader([.. promise.Channels.Select(c => c.Id)]).Read(text, bad => throw new ReplyCsvException(bad)));
            var parse = clock.Elapsed.TotalMilliseconds;

            clock.Restart();
            var measurers = promise.Channels.Select(c => new ReplyMeasurer(ChannelSchedule.For(promise, c), asOf)).ToArray();
            long late = 0;
            foreach (var row in rows)
                if (row.Received <= asOf && measurers[row.ChannelIndex].Measure(row).Outcome == Outcome.Late) late++;
            var measure = clock.Elapsed.TotalMilliseconds;

            clock.Restart();
            var builder = new TrackRecordBuilder(promise, asOf);
            foreach (var row in rows) builder.Add(row);
            var record = builder.Build();
            var add = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"| {round} | {parse:0} | {measure:0} | {add:0} | {record.Source.Rows} ({late} late) |");
        }
    }
}
