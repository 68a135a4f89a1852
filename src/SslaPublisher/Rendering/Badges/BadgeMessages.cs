using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Formatting;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Badges;

/// <summary>The words on a channel's badges, from the <c>badge:</c> and <c>format:</c> sections of the UI strings.</summary>
public sealed class BadgeMessages(UiStrings strings)
{
    /// <summary>The strings used.</summary>
    public UiStrings Strings { get; } = strings;

    /// <summary>The label of a badge: <c>X replies</c>, <c>X staffed</c>.</summary>
    public string Label(BadgeKind kind, PlatformInfo platform) =>
        Strings.Format($"badge.{kind.Key()}", ("platform", platform.DisplayName));

    /// <summary>The message of a badge: <c>15 min</c>, <c>Mon–Fri 9–6, Sat 10–2 ET</c>.</summary>
    public string Message(BadgeKind kind, Channel channel) => kind switch
    {
        BadgeKind.Replies => Strings.ReplyTime(channel, UnitWidth.Short),
        BadgeKind.Staffed => Hours(channel),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown badge kind."),
    };

    /// <summary>The weekly hours in the channel's zone, compact: <c>Mon–Fri 9–6 ET</c>, <c>24/7</c>.</summary>
    public string Hours(Channel channel)
    {
        var format = Strings.SummaryFormat(TimeStyle.Compact) with
        {
            AlwaysText = Strings.Text("badge.always"),
            NeverText = Strings.Text("badge.never"),
        };
        return WeeklySummaryFormatter.Format(WeeklySummary.For(new ChannelSchedule(channel)), format);
    }

}
