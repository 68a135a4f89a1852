using NodaTime;
using SslaPublisher.Definition;
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
        BadgeKind.Replies => Duration(channel.Reply.Within),
        BadgeKind.Staffed => Hours(channel),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown badge kind."),
    };

    /// <summary>A reply time for people: <c>15 min</c>, <c>4 h</c>, <c>1 h 30 min</c>, <c>1 day</c>, <c>2 days</c>.</summary>
    public string Duration(Duration duration)
    {
        var parts = new List<string>();
        if (duration.Days > 0)
            parts.Add(duration.Days == 1 ? Strings.Text("badge.day") : Strings.Format("badge.days", ("n", Invariant(duration.Days))));
        if (duration.Hours > 0) parts.Add(Strings.Format("badge.hours", ("n", Invariant(duration.Hours))));
        if (duration.Minutes > 0 || parts.Count == 0) parts.Add(Strings.Format("badge.minutes", ("n", Invariant(duration.Minutes))));
        return string.Join(" ", parts);
    }

    /// <summary>The weekly hours in the channel's zone, compact: <c>Mon–Fri 9–6 ET</c>, <c>24/7</c>.</summary>
    public string Hours(Channel channel)
    {
        var days = Strings.List("format.days_short");
        var format = new SummaryFormat
        {
            Time = Strings.Text("format.time_style") == "clock-24h" ? TimeStyle.Clock24h : TimeStyle.Compact12h,
            DayName = day => days[(int)day - 1],
            EveryDayText = Strings.Text("format.every_day"),
            AlwaysText = Strings.Text("badge.always"),
            NeverText = Strings.Text("badge.never"),
        };
        return WeeklySummaryFormatter.Format(WeeklySummary.For(new ChannelSchedule(channel)), format);
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
