using SslaPublisher.Formatting;
using SslaPublisher.Schedule;

namespace SslaPublisher.Rendering.Localization;

/// <summary>The bridge from a language's UI strings to the one formatter of times, days and durations.</summary>
public static class LocaleStrings
{
    /// <summary>
    /// The <see cref="LocaleFormat"/> of the strings' language, with its words for midnight and noon when its own
    /// file has them (<c>format.midnight</c>, <c>format.noon</c>: English words must not stand in another language),
    /// and its phrase for a zone's clock (<c>format.zone_time</c>).
    /// </summary>
    public static LocaleFormat Locale(this UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        string? Own(string key) => strings.Defines(key) ? strings.Text(key) : null;
        return LocaleFormat.For(strings.Language, Own("format.midnight"), Own("format.noon"),
            Own("format.zone_time") is { } zoneTime ? new ZoneTimePhrase(zoneTime) : null);
    }

    /// <summary>
    /// A date in running text in the strings' language (CLDR's <c>yMMMMd</c> through <see cref="LocaleFormat.Date"/>),
    /// the first of a month as an ordinal where the language's file says it writes it so
    /// (<c>format.first_of_month: ordinal</c>: "1er janvier 2027", "1º de janeiro de 2027").
    /// </summary>
    public static string Date(this UiStrings strings, NodaTime.LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return strings.Locale().Date(date, strings.Text("format.first_of_month") == "ordinal");
    }

    /// <summary>
    /// A weekly-summary format in the strings' language: one phrase for a whole week (<c>format.every_day</c>),
    /// <c>format.always</c> and <c>format.never</c> for hours around the clock and no hours.
    /// </summary>
    public static SummaryFormat SummaryFormat(this UiStrings strings, TimeStyle time, DayNameWidth days = DayNameWidth.Abbreviated)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return new SummaryFormat
        {
            Locale = strings.Locale(),
            Time = time,
            DayNames = days,
            EveryDayText = strings.Text("format.every_day"),
            AlwaysText = strings.Text("format.always"),
            NeverText = strings.Text("format.never"),
        };
    }

    /// <summary>
    /// A reply time in the strings' language (<see cref="ReplyTimeText"/>); working days take
    /// <c>format.working_days.&lt;plural category&gt;</c>, else <c>format.working_days.other</c>.
    /// </summary>
    public static string ReplyTime(this UiStrings strings, Definition.ReplyTime time, UnitWidth width, bool staffedEveryDay)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return ReplyTimeText.Format(time, strings.Locale(), width, staffedEveryDay, category =>
            strings.Text(strings.Defines($"format.working_days.{category}") ? $"format.working_days.{category}" : "format.working_days.other"));
    }

    /// <summary>A channel's reply time in the strings' language: days are working days unless it is staffed every day.</summary>
    public static string ReplyTime(this UiStrings strings, Definition.Channel channel, UnitWidth width)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return strings.ReplyTime(channel.Reply.Within, width, new Schedule.ChannelSchedule(channel).IsStaffedEveryDay);
    }

    /// <summary>
    /// A channel's promise with how it is counted, for internal texts (agreement, report, <c>ssla due</c>):
    /// <c>25 minutes of staffed time</c>, <c>2 working days</c>.
    /// </summary>
    public static string ReplyPromise(this UiStrings strings, Definition.Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return strings.ReplyPromise(channel.Reply.Within, new Schedule.ChannelSchedule(channel).IsStaffedEveryDay);
    }

    /// <summary>A reply time with how it is counted (a notice's temporary promise): <c>2 hours of staffed time</c>.</summary>
    public static string ReplyPromise(this UiStrings strings, Definition.ReplyTime within, bool staffedEveryDay)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(within);
        var words = strings.ReplyTime(within, UnitWidth.Wide, staffedEveryDay);
        return within.HasDays ? words : strings.Format("format.staffed_time", ("duration", words));
    }
}
