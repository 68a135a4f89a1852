using NodaTime;
using NodaTime.TimeZones;

namespace SslaPublisher.Schedule;

/// <summary>
/// How a staffed range's wall-clock start and end become instants on days when the clocks change.
/// </summary>
/// <remarks>
/// The rule is "every instant whose wall-clock time lies inside the range is staffed, and a range stays one
/// unbroken stretch". So:
/// <list type="bullet">
/// <item>A start or end that falls in a spring-forward gap (a wall time that never happens) moves to the end of
/// the gap, the first instant the clock shows a later time. A range wholly inside the gap is empty that day.</item>
/// <item>A start in a fall-back overlap (a wall time that happens twice) takes the earlier occurrence; an end in
/// an overlap takes the later one. The repeated hour is staffed twice over: staff do not go home for an hour.</item>
/// </list>
/// Both resolvers are monotone, so ranges that start later on the wall clock never start earlier in time.
/// See docs/schedule.md for worked examples.
/// </remarks>
public static class LocalTimeResolution
{
    /// <summary>Resolves the start of a range: earlier occurrence in an overlap, end of the gap in a gap.</summary>
    public static ZoneLocalMappingResolver Start { get; } =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>Resolves the end of a range: later occurrence in an overlap, end of the gap in a gap.</summary>
    public static ZoneLocalMappingResolver End { get; } =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The instants a range that starts on <paramref name="date"/> covers in <paramref name="zone"/>.</summary>
    /// <returns>The interval; empty (start equals end) when the whole range falls in a gap.</returns>
    public static Interval ToInterval(DateTimeZone zone, LocalDate date, TimeRange range)
    {
        var start = zone.ResolveLocal(date + range.Start, Start).ToInstant();
        var endDate = range.CrossesMidnight ? date.PlusDays(1) : date;
        var end = zone.ResolveLocal(endDate + range.End, End).ToInstant();
        return new Interval(start, end < start ? start : end);
    }
}
