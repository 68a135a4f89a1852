using NodaTime;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

public class WorstBreachesTests
{
    private static Breach Late(int line, int minutesLate, int receivedMinute) =>
        new(line, Outcome.Late, Instant.FromUtc(2026, 11, 23, 14, 0) + Duration.FromMinutes(receivedMinute),
            Instant.FromUtc(2026, 11, 23, 15, 0), Instant.FromUtc(2026, 11, 23, 15, 0) + Duration.FromMinutes(minutesLate), Duration.FromMinutes(minutesLate));

    [Fact]
    public void Should_keep_the_n_worst_with_ties_broken_by_arrival_then_line_whatever_the_order()
    {
        // Given breaches with tied lateness, offered in two different orders
        Breach[] all = [Late(2, 10, 5), Late(3, 30, 1), Late(4, 10, 2), Late(5, 10, 2), Late(6, 5, 0), Late(7, 30, 0)];
        var forward = new WorstBreaches(4);
        var backward = new WorstBreaches(4);
        foreach (var b in all) forward.Offer(b);
        foreach (var b in all.Reverse()) backward.Offer(b);

        // Then both keep the same four, worst first: 30 (earlier arrival first), then 10 (earlier arrival, then lower line)
        Assert.Equal([7, 3, 4, 5], forward.ToWorstFirst().Select(b => b.Line));
        Assert.Equal(forward.ToWorstFirst().ToArray(), backward.ToWorstFirst().ToArray());
    }
}
