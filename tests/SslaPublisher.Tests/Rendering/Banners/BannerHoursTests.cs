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

    [Fact]
    public void Should_divide_arabic_day_groups_with_the_arabic_comma_not_a_dot_that_reads_as_zero()
    {
        // Given the example's Facebook channel and the Arabic strings (Arabic-Indic digits: zero is written ٠)
        var facebook = Example.Channels.Single(c => c.Id == "facebook");
        var strings = SslaPublisher.Rendering.Localization.UiStrings.Load(SslaPublisher.Rendering.Templates.TemplateSet.Default, "ar");

        // When its banner hours line is written in Arabic
        var line = BannerHours.For(facebook, SslaPublisher.Rendering.Localization.LocaleStrings.SummaryFormat(strings, SslaPublisher.Schedule.TimeStyle.Compact));

        // Then the groups are joined as CLDR's Arabic lists join them (" و"), and no middle dot stands beside the digits;
        // the line may still break between the groups
        Assert.DoesNotContain("·", line, StringComparison.Ordinal);
        Assert.Contains(" والاثنين", line, StringComparison.Ordinal);
        Assert.Contains("توقيت", line, StringComparison.Ordinal);
    }
}
