using SslaPublisher.Agreement;
using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Reporting;

/// <summary>
/// Track-record badges, one per channel: <c>X on time | 96% · 90d</c>, in the channel's language (its first with
/// UI strings, as its other badges: <c>X: a tiempo | 96 % · 90d</c>), drawn by the badges feature
/// (<see cref="BadgeSvgWriter"/>, <see cref="BadgePngWriter"/>, <see cref="BadgeEndpointJson"/>).
/// </summary>
/// <remarks>
/// <para>The figure is the on-time % of interactions received in the last <see cref="ChannelRecord.RecentDays"/>
/// days before as-of, <em>floored</em> to a whole percent: a public badge must never round 94.6% up to a "95%" the
/// channel did not reach.</para>
/// <para>The message side is coloured by how good the figure is (<see cref="Grade"/>): against the agreement's
/// <c>on_time_first_replies</c> target when there is one (green at or above it, amber up to
/// <see cref="NearMargin"/> points below, red further below), otherwise against fixed marks (green from
/// <see cref="GoodWithoutTarget"/>%, amber from <see cref="FairWithoutTarget"/>%, red below); grey with "no data"
/// when nothing was decided in the window. The label side is the brand background. <see cref="BadgeColors"/>
/// adjusts either only as far as contrast needs. The thresholds are documented in docs/report.md.</para>
/// </remarks>
public static class TrackRecordBadges
{
    /// <summary>Message background when the target is met.</summary>
    public static RgbColor Met { get; } = RgbColor.Parse("#1a7f37");

    /// <summary>Message background when the figure is short of the target, but by no more than <see cref="NearMargin"/> points.</summary>
    public static RgbColor Near { get; } = RgbColor.Parse("#9a6700");

    /// <summary>Message background when the target is missed by more than <see cref="NearMargin"/> points.</summary>
    public static RgbColor Missed { get; } = RgbColor.Parse("#cf222e");

    /// <summary>How many percentage points below its target a figure is still amber rather than red.</summary>
    public const decimal NearMargin = 5m;

    /// <summary>Without an agreement target: green from this on-time %.</summary>
    public const decimal GoodWithoutTarget = 95m;

    /// <summary>Without an agreement target: amber from this on-time %, red below.</summary>
    public const decimal FairWithoutTarget = 85m;

    /// <summary>Message background when there is nothing to judge.</summary>
    public static RgbColor NoData { get; } = RgbColor.Parse("#6e7781");

    /// <summary>Base file name of a channel's track-record badge: <c>x-help-on-time</c>.</summary>
    public static string Name(string channelId) => $"{channelId}-on-time";

    /// <summary>The badge of one channel, in the language of <paramref name="strings"/> (<c>badge.on_time*</c>).</summary>
    public static BadgeSpec Spec(ChannelRecord channel, Brand brand, PlatformCatalog platforms, decimal? target, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(platforms);
        ArgumentNullException.ThrowIfNull(strings);
        var locale = strings.Locale();
        var percent = channel.Recent.OnTimePercent;
        var label = strings.Format("badge.on_time", ("platform", platforms[channel.Channel.Platform].DisplayName));
        // The window in the language's compact CLDR unit, a badge being one short line: "90d", "90 日", "٩٠ ي".
        var days = locale.Count(ChannelRecord.RecentDays, DurationUnit.Day, locale.CompactWidth);
        var message = percent is { } p
            ? strings.Format("badge.on_time_message", ("percent", locale.Percent(decimal.Floor(p), 0)), ("days", days))
            : strings.Format("badge.on_time_no_data", ("days", days));
        var color = percent is { } value ? Grade(value, target) : NoData;
        return new BadgeSpec(label, message, brand.Colors.Background, color, BadgeStyle.Flat);
    }

    /// <summary>
    /// The colour of an on-time figure: measured against <paramref name="target"/> when the agreement sets one,
    /// against <see cref="GoodWithoutTarget"/> and <see cref="FairWithoutTarget"/> otherwise. The badge shows the
    /// floored figure, so the floored figure is graded: a badge never reads "94%" in green for a 95% target.
    /// </summary>
    public static RgbColor Grade(decimal percent, decimal? target)
    {
        var shown = decimal.Floor(percent);
        var (good, fair) = target is { } t ? (t, t - NearMargin) : (GoodWithoutTarget, FairWithoutTarget);
        return shown >= good ? Met : shown >= fair ? Near : Missed;
    }

    /// <summary>
    /// Per channel <c>badges/&lt;channel&gt;-on-time.svg</c>, <c>.png</c>, <c>@2x.png</c> and the shields endpoint
    /// <c>.json</c>; public files, meant to go on help pages.
    /// </summary>
    public static IEnumerable<SiteFile> Render(TrackRecord record, TemplateRenderer templates, PlatformCatalog platforms)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(templates);
        var target = record.Verdict?.Kpis.FirstOrDefault(k => k.Target.Kpi.Id == KpiCatalog.OnTimeFirstReplies)?.Target.Target;
        var svg = new BadgeSvgWriter(templates);
        var png = BadgePngWriter.Default;
        foreach (var channel in record.Channels)
        {
            var name = Name(channel.Channel.Id);
            var layout = BadgeLayout.Create(Spec(channel, record.Brand, platforms, target, ChannelLanguage.StringsOf(templates.Templates, channel.Channel)));
            yield return SiteFile.Text(BadgePaths.Svg(name, BadgeStyle.Flat), svg.Write(layout), "image/svg+xml");
            foreach (var scale in BadgesRenderer.PngScales)
                yield return new SiteFile(BadgePaths.Png(name, BadgeStyle.Flat, scale), png.Write(layout, scale), "image/png");
            yield return new SiteFile(BadgePaths.Endpoint(name), BadgeEndpointJson.Write(layout), "application/json");
        }
    }
}
