using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Definition;

public class ExampleLoadingTests
{
    [Fact]
    public void Should_load_the_example_brand_into_records()
    {
        var promise = new PromiseLoader().LoadFile(RepoPaths.Example());

        Assert.Equal("acme-air", promise.Brand.Slug);
        Assert.Equal("America/New_York", promise.Brand.TimeZone.Id);
        Assert.Equal(["en", "es", "fr", "ar"], promise.Brand.Languages.ToArray());
        var x = promise.Channels.Single(c => c.Id == "x-help");
        Assert.Equal(PlatformId.X, x.Platform);
        Assert.Equal("https://x.com/AcmeAirHelp", x.ProfileUrl);
        Assert.Equal(Duration.FromMinutes(15), x.Reply.Within);
        Assert.True(x.Reply.OffHours.IsNextOpening);
        Assert.Equal(new LocalTime(9, 0), x.Hours.On(IsoDayOfWeek.Monday).Single().Start);
        Assert.Empty(x.Hours.On(IsoDayOfWeek.Sunday));
        var mastodon = promise.Channels.Single(c => c.Platform == PlatformId.Mastodon);
        Assert.Equal("https://mastodon.example/@ops", mastodon.ProfileUrl);
        Assert.Equal("Europe/London", mastodon.TimeZone.Id);
        Assert.True(mastodon.Hours.On(IsoDayOfWeek.Friday)[1].CrossesMidnight);
    }
}
