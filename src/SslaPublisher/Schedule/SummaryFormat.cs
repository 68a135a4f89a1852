using SslaPublisher.Formatting;

namespace SslaPublisher.Schedule;

/// <summary>How <see cref="WeeklySummaryFormatter"/> writes a summary; each output (page, bio, badge, banner) picks its own.</summary>
public sealed record SummaryFormat
{
    /// <summary>Pages and tables in English: <c>Mon–Fri 9:00 AM–6:00 PM, Sat 10:00 AM–2:00 PM ET</c>.</summary>
    public static SummaryFormat Default { get; } = new();

    /// <summary>Badges and bios in English: <c>Mon–Fri 9–6, Sat 10 AM–2 PM ET</c>.</summary>
    public static SummaryFormat Compact { get; } = new() { Time = TimeStyle.Compact };

    /// <summary>The language: day names, week order, clock, list separator (English when null).</summary>
    public LocaleFormat? Locale { get; init; }

    /// <summary>How long times are.</summary>
    public TimeStyle Time { get; init; } = TimeStyle.Full;

    /// <summary>How long day names are.</summary>
    public DayNameWidth DayNames { get; init; } = DayNameWidth.Abbreviated;

    /// <summary>How the zone is named at the end (nothing for <see cref="ZoneLabelStyle.None"/>).</summary>
    public ZoneLabelStyle Zone { get; init; } = ZoneLabelStyle.Short;

    /// <summary>Between lines; the language's list separator when null.</summary>
    public string? LineSeparator { get; init; }

    /// <summary>Written instead of the day span when a line covers all seven days: one phrase everywhere, <c>Every day</c>.</summary>
    public string EveryDayText { get; init; } = "Every day";

    /// <summary>Written for a channel staffed around the clock.</summary>
    public string AlwaysText { get; init; } = "24/7";

    /// <summary>Written for a channel never staffed.</summary>
    public string NeverText { get; init; } = "no staffed hours";

    /// <summary>The language in force.</summary>
    public LocaleFormat Language => Locale ?? LocaleFormat.English;
}
