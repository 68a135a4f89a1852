using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Formatting;

/// <summary>
/// A promised reply time in words: <c>15 minutes</c>, <c>1 hour, 30 minutes</c>, <c>2 days</c> on a channel staffed
/// every day, <c>2 working days</c> where it is not (the promise then skips the days nobody works).
/// </summary>
public static class ReplyTimeText
{
    /// <param name="time">The promise.</param>
    /// <param name="locale">The language.</param>
    /// <param name="width">Unit width: words on pages and banners, abbreviations on badges and bios.</param>
    /// <param name="staffedEveryDay">True when every day of the week has hours, so days are plain days.</param>
    /// <param name="workingDays">
    /// The language's pattern for a count of working days in a CLDR plural category (<c>one</c> → <c>{n} working day</c>);
    /// CLDR has no unit for working days, so the words are the language's own, the plural choice CLDR's.
    /// </param>
    public static string Format(ReplyTime time, LocaleFormat locale, UnitWidth width, bool staffedEveryDay, Func<string, string> workingDays)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(workingDays);
        if (!time.HasDays) return locale.Duration(time.Staffed, width);
        var days = staffedEveryDay
            ? locale.Count(time.Days, DurationUnit.Day, width)
            : workingDays(locale.PluralCategory(time.Days)).Replace("{n}", locale.Number(time.Days), StringComparison.Ordinal);
        return time.Staffed == Duration.Zero ? days : locale.JoinUnits([days, locale.Duration(time.Staffed, width)], width);
    }
}
