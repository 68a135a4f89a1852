namespace SslaPublisher.Formatting;

/// <summary>The units a reply time is written in.</summary>
public enum DurationUnit
{
    /// <summary>Minutes.</summary>
    Minute,

    /// <summary>Hours.</summary>
    Hour,

    /// <summary>Calendar days (a "working day" is worded by <see cref="ReplyTimeText"/>).</summary>
    Day,

    /// <summary>Seconds (measured reply times in the report).</summary>
    Second,
}
