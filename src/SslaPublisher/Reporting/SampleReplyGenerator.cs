using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Definition;
using SslaPublisher.Schedule;

namespace SslaPublisher.Reporting;

/// <summary>Options of <see cref="SampleReplyGenerator"/>.</summary>
/// <param name="Through">The last calendar month of data; each channel's months are in its own zone, so every month is whole.</param>
/// <param name="Months">How many months of data, 1–60, ending with <paramref name="Through"/>.</param>
/// <param name="Seed">Random seed: the same seed, promise and options give byte-identical output.</param>
/// <param name="Scale">Multiplies every channel's daily volume (1 gives a few thousand rows for 5 channels over 6 months).</param>
public sealed record SampleReplyOptions(YearMonth Through, int Months = 6, int Seed = 42, double Scale = 1);

/// <summary>
/// Writes a realistic replies CSV for a promise: daytime-heavy arrivals, quieter weekends, replies mostly well
/// within the promise with a long tail, a few unanswered, and a worse stretch on the busiest channel so the report
/// has something to show. For examples, demos and benchmarks; never for real figures.
/// </summary>
/// <remarks>
/// Deterministic for a seed (<see cref="Random(int)"/> with a seed is a fixed algorithm). Rows are written day by
/// day in arrival order, so memory stays small at any scale. About a fifth of the instants are written with the
/// channel's local offset instead of <c>Z</c>, and an extra <c>conversation</c> column is included, to exercise
/// what real exports look like.
/// </remarks>
public static class SampleReplyGenerator
{
    /// <summary>The header line written first.</summary>
    public const string Header = "conversation,channel,received_at,first_reply_at";

    /// <summary>Writes the CSV to <paramref name="output"/>; returns the number of data rows.</summary>
    /// <exception cref="OperationCanceledException">Cancelled (checked once per day of data).</exception>
    public static long Write(Promise promise, SampleReplyOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        if (options.Months is < 1 or > 60) throw new ArgumentOutOfRangeException(nameof(options), options.Months, "Months must be 1–60.");
        if (options.Scale is <= 0 or > 10_000 || double.IsNaN(options.Scale)) throw new ArgumentOutOfRangeException(nameof(options), options.Scale, "Scale must be above 0 and at most 10000.");

        var random = new Random(options.Seed);
        // Each channel's arrivals fall on these dates in its own zone, so every channel gets whole local months.
        var first = options.Through.PlusMonths(1 - options.Months).OnDayOfMonth(1);
        var last = options.Through.OnDayOfMonth(options.Through.Calendar.GetDaysInMonth(options.Through.Year, options.Through.Month));
        var channels = promise.Channels.Select((c, i) => (Channel: c, Schedule: ChannelSchedule.For(promise, c), Busiest: i == 0)).ToArray();
        var offsetPattern = InstantText.WithOffset;
        output.Write(Header);
        output.Write('\n');
        long rows = 0;
        var day = new List<(Instant Received, string Channel, string Line)>();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            day.Clear();
            var monthsBack = Period.Between(date.With(DateAdjusters.StartOfMonth), last, PeriodUnits.Months).Months;
            foreach (var (channel, schedule, busiest) in channels)
            {
                var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
                var volume = DailyVolume(channel.Purpose) * options.Scale * (weekend ? 0.6 : 1) * (0.7 + 0.6 * random.NextDouble());
                var count = (int)Math.Floor(volume + random.NextDouble());
                // The busiest channel has a rough patch two and three months back (a staff shortage), then recovers.
                var quality = busiest && monthsBack is 2 or 3 ? 0.6 : 0.25;
                for (var i = 0; i < count; i++)
                {
                    var received = ArrivalOn(date, channel.TimeZone, random);
                    var reply = random.NextDouble() < 0.02 ? null : ReplyTo(received, channel, schedule, quality, random);
                    var local = random.NextDouble() < 0.2;
                    string Text(Instant at) => local
                        ? offsetPattern.Format(at.InZone(channel.TimeZone).ToOffsetDateTime())
                        : InstantPattern.ExtendedIso.Format(at);
                    day.Add((received, channel.Id, $"{Csv(channel.Id)},{Text(received)},{(reply is { } r ? Text(r) : "")}"));
                }
            }
            foreach (var (_, _, line) in day.OrderBy(d => d.Received).ThenBy(d => d.Channel, StringComparer.Ordinal))
            {
                rows++;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"c{rows:000000},{line}\n"));
            }
        }
        return rows;
    }

    // Messages a day by what the channel is for; support channels are the busy ones.
    private static double DailyVolume(Purpose purpose) => purpose switch
    {
        Purpose.Support => 14,
        Purpose.Questions => 8,
        Purpose.Community => 4,
        Purpose.Sales => 3,
        _ => 1.5,
    };

    // Three in four messages arrive between 08:00 and 22:00 local time; the rest at any hour.
    private static Instant ArrivalOn(LocalDate date, DateTimeZone zone, Random random)
    {
        var seconds = random.NextDouble() < 0.75 ? 8 * 3600 + random.Next(14 * 3600) : random.Next(24 * 3600);
        return zone.AtLeniently(date.At(LocalTime.FromSecondsSinceMidnight(seconds))).ToInstant();
    }

    // The reply comes after a log-normal share of the promise in staffed time (median = quality × promise).
    private static Instant? ReplyTo(Instant received, Channel channel, ChannelSchedule schedule, double quality, Random random)
    {
        var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var share = quality * Math.Exp(0.85 * gaussian);
        var promised = schedule.ReplyDueBy(received) is { } due ? schedule.StaffedTimeBetween(received, due) : channel.Reply.Within.Nominal;
        var remaining = Duration.FromSeconds(Math.Max(20, Math.Round(promised.TotalSeconds * share)));
        foreach (var interval in schedule.StaffedIntervals(received, received + Duration.FromDays(60)))
        {
            if (interval.Duration >= remaining) return interval.Start + remaining;
            remaining -= interval.Duration;
        }
        return null;
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
