using SslaPublisher.Agreement;

namespace SslaPublisher.Tests.Agreement;

public class KpiUnitTests
{
    [Theory]
    [InlineData("percent", "95%", 95)]
    [InlineData("percent", "99.5", 99.5)]
    [InlineData("percent_per_month", "-2%", -2)]
    [InlineData("minutes", "20m", 20)]
    [InlineData("minutes", "1h30m", 90)]
    [InlineData("minutes", "45", 45)]
    [InlineData("score_5", "4.3", 4.3)]
    public void Should_parse_values_as_people_write_them(string unit, string text, double expected)
    {
        // Given a unit
        var kpiUnit = KpiUnit.Find(unit)!;

        // When a value is parsed
        var value = kpiUnit.Parse(text);

        // Then it is the number meant
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("count", "12%")]
    [InlineData("percent", "1,5")]
    [InlineData("score_5", "good")]
    public void Should_not_parse_what_is_not_a_value_of_the_unit(string unit, string text)
    {
        // Given a unit and text that is not one of its values
        // When it is parsed
        // Then there is no value
        Assert.Null(KpiUnit.Find(unit)!.Parse(text));
    }

    [Theory]
    [InlineData("percent", 100, true)]
    [InlineData("percent", 100.01, false)]
    [InlineData("percent", -0.01, false)]
    [InlineData("percent_per_month", -100, true)]
    [InlineData("count", 3.5, false)]
    [InlineData("minutes", 0, false)]
    [InlineData("score_5", 0.5, false)]
    [InlineData("nps", -100, true)]
    public void Should_allow_only_values_in_the_units_range(string unit, double value, bool allowed)
    {
        // Given a unit and a value
        // When the range is checked
        // Then it agrees with the unit's documented range
        Assert.Equal(allowed, KpiUnit.Find(unit)!.Allows((decimal)value));
    }

    [Theory]
    [InlineData("percent", 95, "95%")]
    [InlineData("percent_per_month", 1.5, "+1.5% a month")]
    [InlineData("minutes", 90, "1h30m")]
    [InlineData("score_5", 4.3, "4.3 / 5")]
    [InlineData("nps", 30, "+30")]
    public void Should_format_values_the_same_in_every_culture(string unit, double value, string expected)
    {
        // Given a culture whose decimal separator is a comma
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            // When a value is formatted
            var text = KpiUnit.Find(unit)!.Format((decimal)value);

            // Then it is written the invariant way
            Assert.Equal(expected, text);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
