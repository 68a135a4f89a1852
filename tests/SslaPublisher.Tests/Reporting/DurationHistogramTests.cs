using FsCheck.Xunit;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

public class DurationHistogramTests
{
    // The reference: nearest rank over the sorted values, each floored to the histogram's resolution.
    private static long NearestRank(IEnumerable<long> values, double fraction)
    {
        var sorted = values.Select(v => v < DurationHistogram.SecondResolutionLimit ? v : v / 60 * 60).Order().ToArray();
        var rank = Math.Max(1, (long)Math.Ceiling(fraction * sorted.Length));
        return sorted[rank - 1];
    }

    [Property]
    public bool Should_give_the_nearest_rank_percentile_of_any_values(int[] raw, byte percent)
    {
        // Given any non-negative durations, below and above an hour and a week (counted three different ways)
        var values = raw.Select(v => (long)Math.Abs(v % 2_000_000)).ToArray();
        if (values.Length == 0) return true;
        var fraction = percent % 101 / 100.0;
        var histogram = new DurationHistogram();
        foreach (var v in values) histogram.Add(v);

        // Then its percentile is the sorted values' nearest rank
        return histogram.Percentile(fraction) == NearestRank(values, fraction);
    }

    [Property]
    public bool Should_count_the_values_at_most_a_bound_whichever_part_holds_them(int[] raw, int bound)
    {
        // Given durations up to 23 days, split over two histograms merged into one
        var values = raw.Select(v => (long)Math.Abs(v % 2_000_000)).ToArray();
        var limit = (long)Math.Abs(bound % 2_100_000);
        var first = new DurationHistogram();
        var second = new DurationHistogram();
        for (var i = 0; i < values.Length; i++) (i % 2 == 0 ? first : second).Add(values[i]);
        first.AddAll(second);

        // Then the count at most a bound is that of the values floored to the resolution
        var floored = values.Select(v => v < DurationHistogram.SecondResolutionLimit ? v : v / 60 * 60);
        return first.CountAtMost(limit) == floored.Count(v => v <= limit) && first.Count == values.Length;
    }

    [Fact]
    public void Should_use_nearest_rank_without_interpolation()
    {
        // Given 1..10 seconds
        var histogram = new DurationHistogram();
        for (var s = 1; s <= 10; s++) histogram.Add(s);

        // Then the median is the 5th value and p90 the 9th, never a value between two
        Assert.Equal(5, histogram.Percentile(0.5));
        Assert.Equal(9, histogram.Percentile(0.9));
        Assert.Equal(1, histogram.Percentile(0));
        Assert.Equal(10, histogram.Percentile(1));
    }

    [Fact]
    public void Should_floor_durations_of_an_hour_or_more_to_the_minute()
    {
        // Given 1 h 0 m 59 s and 2 h 30 m 10 s
        var histogram = new DurationHistogram();
        histogram.Add(3659);
        histogram.Add(9010);

        // Then percentiles are whole minutes
        Assert.Equal(3600, histogram.Percentile(0.5));
        Assert.Equal(9000, histogram.Percentile(1));
    }

    [Fact]
    public void Should_have_no_percentile_when_empty()
    {
        Assert.Null(new DurationHistogram().Percentile(0.5));
    }

    [Property]
    public bool Should_merge_into_the_same_counts_as_adding_everything_to_one(int[] a, int[] b)
    {
        // Given two histograms and one holding both sets of values
        var (left, right, both) = (new DurationHistogram(), new DurationHistogram(), new DurationHistogram());
        foreach (var v in a.Select(v => (long)Math.Abs(v % 100_000))) { left.Add(v); both.Add(v); }
        foreach (var v in b.Select(v => (long)Math.Abs(v % 100_000))) { right.Add(v); both.Add(v); }

        // When one is merged into the other
        left.AddAll(right);

        // Then counts and percentiles agree
        return left.Count == both.Count && left.Percentile(0.5) == both.Percentile(0.5) && left.Percentile(0.9) == both.Percentile(0.9)
               && left.CountAtMost(900) == both.CountAtMost(900) && left.CountAtMost(7200) == both.CountAtMost(7200);
    }
}
