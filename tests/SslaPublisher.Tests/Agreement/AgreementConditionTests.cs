using SslaPublisher.Agreement;

namespace SslaPublisher.Tests.Agreement;

public class AgreementConditionTests
{
    private static readonly KpiTarget OnTime = new(KpiCatalog.Find(KpiCatalog.OnTimeFirstReplies)!, 95m, MeasurementWindow.Monthly, null);
    private static readonly KpiTarget Median = new(KpiCatalog.Find("first_reply_median")!, 20m, MeasurementWindow.Monthly, null);

    [Fact]
    public void Should_trigger_when_the_target_is_missed_the_given_months_running()
    {
        // Given "on-time first replies miss their target three months running → review"
        var condition = new AgreementCondition(OnTime, ConditionComparison.MissesTarget, null, 3, ConditionAction.Review, null);

        // When the last three months are all below 95 %
        var triggered = condition.IsTriggeredBy([97m, 94m, 90m, 94.9m]);

        // Then it triggers
        Assert.True(triggered);
    }

    [Fact]
    public void Should_not_trigger_when_a_month_in_the_run_met_the_target()
    {
        // Given the same condition
        var condition = new AgreementCondition(OnTime, ConditionComparison.MissesTarget, null, 3, ConditionAction.Review, null);

        // When one of the last three months met it exactly
        var triggered = condition.IsTriggeredBy([90m, 95m, 90m, 90m]);

        // Then it does not trigger (the target is a minimum, met at equality)
        Assert.False(triggered);
    }

    [Fact]
    public void Should_treat_a_month_without_data_as_breaking_the_run()
    {
        // Given the same condition
        var condition = new AgreementCondition(OnTime, ConditionComparison.MissesTarget, null, 3, ConditionAction.Review, null);

        // When a month in the run was not measured, or there are fewer months than the run
        // Then it does not trigger
        Assert.False(condition.IsTriggeredBy([90m, null, 90m]));
        Assert.False(condition.IsTriggeredBy([90m, 90m]));
    }

    [Fact]
    public void Should_compare_with_an_explicit_threshold_instead_of_the_target()
    {
        // Given "below 85 % two months running → terminate"
        var condition = new AgreementCondition(OnTime, ConditionComparison.Below, 85m, 2, ConditionAction.Terminate, null);

        // When months miss the target but stay above the floor, then fall below it
        // Then only the fall below the floor counts
        Assert.False(condition.IsTriggeredBy([90m, 86m]));
        Assert.True(condition.IsTriggeredBy([84m, 80m]));
        Assert.Equal("is below 85%", condition.ComparisonText);
    }

    [Fact]
    public void Should_miss_a_lower_is_better_target_when_the_value_is_above_it()
    {
        // Given "median first reply time misses its target (at most 20m) in any month"
        var condition = new AgreementCondition(Median, ConditionComparison.MissesTarget, null, 1, ConditionAction.Review, null);

        // When a month's median is 25 minutes, or 20
        // Then 25 is a bad month and 20 is not
        Assert.True(condition.IsBadMonth(25m));
        Assert.False(condition.IsBadMonth(20m));
        Assert.Equal("misses its target (at most 20m)", condition.ComparisonText);
    }

    [Fact]
    public void Should_read_the_whole_rule_as_one_line_in_plain_english()
    {
        // Given a rule over three months and one over any single month
        var review = new AgreementCondition(OnTime, ConditionComparison.Below, 85m, 3, ConditionAction.Review, null);
        var once = new AgreementCondition(Median, ConditionComparison.MissesTarget, null, 1, ConditionAction.Renegotiate, null);

        // When they are written out
        // Then the count is spelt with a proper plural and a single month reads "in any month"
        Assert.EndsWith("is below 85% 3 months running → review", review.Summary);
        Assert.StartsWith(OnTime.Kpi.Name.Default, review.Summary);
        Assert.EndsWith("misses its target (at most 20m) in any month → renegotiate", once.Summary);
    }
}
