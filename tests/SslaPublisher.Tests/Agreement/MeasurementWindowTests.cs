using SslaPublisher.Agreement;

namespace SslaPublisher.Tests.Agreement;

public class MeasurementWindowTests
{
    [Theory]
    [InlineData("monthly", WindowKind.Monthly, 0)]
    [InlineData("Quarterly", WindowKind.Quarterly, 0)]
    [InlineData("rolling 90d", WindowKind.Rolling, 90)]
    [InlineData("rolling 30 days", WindowKind.Rolling, 30)]
    public void Should_parse_measurement_windows(string text, WindowKind kind, int days)
    {
        // Given a window as written
        // When it is parsed
        // Then it is the calendar or rolling window meant
        Assert.Equal(new MeasurementWindow(kind, days), MeasurementWindow.TryParse(text));
    }

    [Theory]
    [InlineData("fortnightly")]
    [InlineData("rolling 0d")]
    [InlineData("rolling 400d")]
    public void Should_reject_unknown_windows(string text)
    {
        // Given a window that is not one
        // When it is parsed
        // Then there is none
        Assert.Null(MeasurementWindow.TryParse(text));
    }
}
