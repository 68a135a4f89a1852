using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>How <see cref="WeeklySummaryFormatter"/> writes a summary; each output (page, bio, badge) picks its own.</summary>
public sealed record SummaryFormat
{
    /// <summary>Pages: <c>Mon–Fri 09:00–18:00, Sat 10:00–14:00 ET</c>.</summary>
    public static SummaryFormat Default { get; } = new();

    /// <summary>Badges and bios: <c>M–F 9–6 ET</c>.</summary>
    public static SummaryFormat Compact { get; } = new() { Time = TimeStyle.Compact12h, DayName = DayNames.VeryShort };

    /// <summary>How times are written.</summary>
    public TimeStyle Time { get; init; } = TimeStyle.Clock24h;

    /// <summary>The name of each day (defaults to short English).</summary>
    public Func<IsoDayOfWeek, string> DayName { get; init; } = DayNames.Short;

    /// <summary>How the zone is named at the end (nothing for <see cref="ZoneLabelStyle.None"/>).</summary>
    public ZoneLabelStyle Zone { get; init; } = ZoneLabelStyle.Short;

    /// <summary>Between two ends of a day run or a time range.</summary>
    public string Dash { get; init; } = "–";

    /// <summary>Between lines.</summary>
    public string LineSeparator { get; init; } = ", ";

    /// <summary>Written instead of the day span when a line covers all seven days (<c>Daily</c>); null keeps <c>Mon–Sun</c>.</summary>
    public string? EveryDayText { get; init; }

    /// <summary>Written for a channel staffed around the clock.</summary>
    public string AlwaysText { get; init; } = "24/7";

    /// <summary>Written for a channel never staffed.</summary>
    public string NeverText { get; init; } = "no staffed hours";
}
