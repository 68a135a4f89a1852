using System.Text;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

public class TrackRecordBadgesTests
{
    private static readonly TrackRecord Record = ReportingFixtures.Measure("x-help,2026-11-23T14:00:00Z,2026-11-23T14:10:00Z", "2026-12-01T00:00Z");

    private static readonly UiStrings English = UiStrings.Load(TemplateSet.Default, "en");

    private static ChannelRecord WithRecent(long onTime, long late) => Record.Channel("x-help") with
    {
        Recent = Record.Channel("x-help").Recent with { OnTime = onTime, Late = late, Missed = 0 },
    };

    [Fact]
    public void Should_floor_the_percentage_so_a_badge_never_claims_more_than_was_reached()
    {
        // Given 94.6% on time in the last 90d
        var spec = TrackRecordBadges.Spec(WithRecent(946, 54), Record.Brand, PlatformCatalog.Default, target: null, English);

        // Then the badge says 94%, with the platform and the window
        Assert.Equal(("X on time", "94% · 90d"), (spec.Label, spec.Message));
    }

    [Theory]
    [InlineData(946, 54, 94.0, "#1a7f37")] // 94% shown, target 94: met, green
    [InlineData(946, 54, 95.0, "#9a6700")] // 94% shown, target 95: within 5 points, amber
    [InlineData(900, 100, 95.0, "#9a6700")] // exactly 5 points short: amber
    [InlineData(899, 101, 95.0, "#cf222e")] // 89% shown, target 95: more than 5 points short, red
    [InlineData(0, 0, 95.0, "#6e7781")] // nothing decided: grey
    public void Should_colour_the_message_by_how_far_it_is_from_the_agreement_target(long onTime, long late, double target, string hex)
    {
        var spec = TrackRecordBadges.Spec(WithRecent(onTime, late), Record.Brand, PlatformCatalog.Default, (decimal)target, English);

        Assert.Equal(hex, spec.MessageColor.ToHex());
        Assert.Equal(Record.Brand.Colors.Background, spec.LabelColor);
    }

    [Theory]
    [InlineData(95, 5, "#1a7f37")]
    [InlineData(949, 51, "#9a6700")] // 94.9% is shown as 94%, so it is graded as 94%
    [InlineData(85, 15, "#9a6700")]
    [InlineData(84, 16, "#cf222e")]
    public void Should_colour_the_message_by_fixed_marks_without_a_target(long onTime, long late, string hex)
    {
        var spec = TrackRecordBadges.Spec(WithRecent(onTime, late), Record.Brand, PlatformCatalog.Default, target: null, English);

        Assert.Equal(hex, spec.MessageColor.ToHex());
    }

    [Fact]
    public void Should_say_no_data_without_decided_interactions()
    {
        var empty = TrackRecordBadges.Spec(Record.Channel("ops"), Record.Brand, PlatformCatalog.Default, target: null, English);

        Assert.Equal("no data · 90d", empty.Message);
        Assert.Equal(TrackRecordBadges.NoData, empty.MessageColor);
    }


    [Fact]
    public void Should_write_an_svg_two_pngs_and_a_shields_endpoint_per_channel_the_same_every_time()
    {
        // When the badges are rendered twice
        var templates = new TemplateRenderer(TemplateSet.Default);
        var first = TrackRecordBadges.Render(Record, templates, PlatformCatalog.Default).ToList();
        var second = TrackRecordBadges.Render(Record, templates, PlatformCatalog.Default).ToList();

        // Then each channel has its four files, the SVG states the figure, and the bytes repeat
        Assert.Equal(["badges/x-help-on-time.svg", "badges/x-help-on-time.png", "badges/x-help-on-time@2x.png", "badges/x-help-on-time.json"],
            first.Take(4).Select(f => f.Path));
        Assert.Equal(12, first.Count);
        Assert.Contains("aria-label=\"X on time: 100% &#183; 90d\"", Encoding.UTF8.GetString(first[0].Content.Span), StringComparison.Ordinal);
        Assert.Equal(first.Select(f => f.Content.ToArray()), second.Select(f => f.Content.ToArray()));
    }
}
