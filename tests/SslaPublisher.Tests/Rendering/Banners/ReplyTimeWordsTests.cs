using NodaTime;
using SslaPublisher.Rendering.Banners;

namespace SslaPublisher.Tests.Rendering.Banners;

public class ReplyTimeWordsTests
{
    [Theory]
    [InlineData(15, "15 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "1 hour 30 minutes")]
    [InlineData(240, "4 hours")]
    [InlineData(2880, "2 days")]
    [InlineData(1, "1 minute")]
    public void Should_write_the_reply_time_in_words(int minutes, string expected)
    {
        // When a duration is written for a headline
        var text = ReplyTimeWords.Format(Duration.FromMinutes(minutes));

        // Then it reads naturally, with no-break spaces inside each number-unit pair
        Assert.Equal(expected, text.Replace('\u00A0', ' '));
        Assert.All(text.Split(' '), part => Assert.Single(part, '\u00A0'));
    }
}
