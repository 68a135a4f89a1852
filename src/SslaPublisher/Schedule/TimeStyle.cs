namespace SslaPublisher.Schedule;

/// <summary>How a weekly summary writes times of day.</summary>
public enum TimeStyle
{
    /// <summary>24-hour clock, always with minutes: <c>09:00–18:00</c>; an end at midnight is <c>24:00</c>.</summary>
    Clock24h,

    /// <summary>
    /// Tight 12-hour form for badges and bios: <c>9–6</c>, <c>9:30–5</c>; minutes only when not on the hour, no
    /// am/pm for a daytime range (starting 7–12 in the morning, ending by 9 in the evening: the reader's default),
    /// am/pm on both ends otherwise (<c>10pm–2am</c>). A whole day is <c>24h</c>.
    /// </summary>
    Compact12h,
}
