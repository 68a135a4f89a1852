namespace SslaPublisher.Schedule;

/// <summary>How a weekly summary writes times of day.</summary>
public enum TimeStyle
{
    /// <summary>24-hour clock, always with minutes: <c>09:00–18:00</c>; an end at midnight is <c>24:00</c>.</summary>
    Clock24h,

    /// <summary>
    /// Tight 12-hour form for badges and bios: <c>9–6</c>, <c>9:30–5</c>; minutes only when not on the hour, and
    /// no am/pm for the usual morning-to-afternoon range. Other ranges carry am/pm (<c>6am–12pm</c>,
    /// <c>10pm–2am</c>), since "6–12" or "10–2" could be read either way. A whole day is <c>24h</c>.
    /// </summary>
    Compact12h,
}
