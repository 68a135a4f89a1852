using NodaTime;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

/// <summary>Agreement: on-time ≥ 90% (review after 3 bad months, terminate below 50% for 2), median ≤ 20m, CSAT ≥ 4.3.</summary>
public class VerdictEvaluatorTests
{
    // One on-time (10 min) and one late (20 min) reply at 09:00 New York on the given UTC opening instant: 50% on time.
    private static string HalfOnTime(string opening, string tenLater, string twentyLater) =>
        $"x-help,{opening},{tenLater}\nx-help,{opening},{twentyLater}\n";

    private static readonly string September = HalfOnTime("2026-09-01T13:00:00Z", "2026-09-01T13:10:00Z", "2026-09-01T13:20:00Z");
    private static readonly string October = HalfOnTime("2026-10-01T13:00:00Z", "2026-10-01T13:10:00Z", "2026-10-01T13:20:00Z");
    private static readonly string November = HalfOnTime("2026-11-23T14:00:00Z", "2026-11-23T14:10:00Z", "2026-11-23T14:20:00Z");
    private const string DecemberLate = "x-help,2026-12-01T14:00:00Z,2026-12-01T16:00:00Z\n";

    [Fact]
    public void Should_judge_the_last_three_complete_months_and_trigger_the_review_clause()
    {
        // Given three months at 50% on time, and a late reply in the current (incomplete) month
        var record = ReportingFixtures.Measure(September + October + November + DecemberLate, "2026-12-15T00:00Z", withAgreement: true);

        // Then September to November are judged, and December is not
        var verdict = record.Verdict!;
        Assert.Equal([new YearMonth(2026, 9), new YearMonth(2026, 10), new YearMonth(2026, 11)], verdict.Months.ToArray());

        // And on-time misses 90% every month (the worst channel, x-help, sets it), the pooled median (10 min) meets 20 min
        var onTime = verdict.Kpis[0];
        Assert.Equal(VerdictStatus.Missed, onTime.Status);
        Assert.All(onTime.Months, m => Assert.Equal((50m, "x-help", (bool?)false), (m.Value, m.Channel, m.Met)));
        Assert.Equal(VerdictStatus.Met, verdict.Kpis[1].Status);
        Assert.All(verdict.Kpis[1].Months, m => Assert.Equal(10m, m.Value));
        Assert.Equal(VerdictStatus.NotMeasured, verdict.Kpis[2].Status);

        // And three bad months running trigger the review; 50% is not below 50%, so no termination; CSAT is not evaluated
        Assert.Equal([(true, true), (true, false), (false, false)], verdict.Conditions.Select(c => (c.Evaluated, c.Triggered)));
        Assert.True(verdict.AnyTriggered);
    }

    [Fact]
    public void Should_trigger_termination_after_two_months_below_its_floor()
    {
        // Given October and November with late replies only
        var late = "x-help,2026-10-01T13:00:00Z,2026-10-01T13:30:00Z\nx-help,2026-11-23T14:00:00Z,2026-11-23T14:30:00Z\n";

        // When judged in December
        var verdict = ReportingFixtures.Measure(September + late, "2026-12-15T00:00Z", withAgreement: true).Verdict!;

        // Then 0% two months running triggers termination, and review too
        Assert.Equal([true, true, false], verdict.Conditions.Select(c => c.Triggered));
    }

    [Fact]
    public void Should_not_trigger_when_a_month_in_the_run_has_no_data()
    {
        // Given September and November at 50%, but nothing in October
        var verdict = ReportingFixtures.Measure(September + November, "2026-12-15T00:00Z", withAgreement: true).Verdict!;

        // Then the missing month breaks the run: no review, and October shows no data
        Assert.False(verdict.Conditions[0].Triggered);
        Assert.Equal((null, null), (verdict.Kpis[0].Months[1].Value, verdict.Kpis[0].Months[1].Met));
        Assert.Equal(VerdictStatus.Missed, verdict.Kpis[0].Status);
    }

    [Fact]
    public void Should_have_no_verdict_without_an_agreement_and_no_data_without_rows()
    {
        Assert.Null(ReportingFixtures.Measure(November, "2026-12-15T00:00Z").Verdict);
        var empty = ReportingFixtures.Measure("", "2026-12-15T00:00Z", withAgreement: true).Verdict!;
        Assert.Equal(VerdictStatus.NoData, empty.Kpis[0].Status);
        Assert.False(empty.AnyTriggered);
    }
}
