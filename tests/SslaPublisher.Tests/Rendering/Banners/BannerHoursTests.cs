using SslaPublisher.Definition;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Banners;

/// <summary>The hours line of a banner wraps between day groups only.</summary>
public sealed class BannerHoursTests
{
    private static readonly Promise Example = new PromiseLoader().LoadFile(RepoPaths.Example());

    [Fact]
    public void Should_allow_a_line_break_only_between_day_groups()
    {
        // Given the example's Facebook channel, staffed Mon–Fri 08:00–20:00 and Sat–Sun 10:00–16:00 in New York (never "8–8")
        var facebook = Example.Channels.Single(c => c.Id == "facebook");

        // When its banner hours line is written
        var line = BannerHours.For(facebook);

        // Then it reads as usual, but the only breakable space is the one after the middle dot, so the zone label
        // and each group stay whole on a wrapped banner
        Assert.Equal("Mon–Fri 8 AM–8 PM · Sat–Sun 10–4 ET", line.Replace('\u00A0', ' '));
        Assert.Equal(["Mon–Fri\u00A08\u00A0AM–8\u00A0PM\u00A0·", "Sat–Sun\u00A010–4\u00A0ET"], line.Split(' '));
    }
}
