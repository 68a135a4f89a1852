namespace SslaPublisher.Schedule;

/// <summary>How long the times of a weekly summary are; the clock (12- or 24-hour) is the language's.</summary>
public enum TimeStyle
{
    /// <summary>Pages and tables: <c>9:00 AM–6:00 PM</c>, <c>09:00–18:00</c>.</summary>
    Full,

    /// <summary>Bios, badges, banners: <c>9–6</c>, <c>8 AM–10 PM</c>, <c>3 PM–midnight</c>; 24-hour languages as <see cref="Full"/>.</summary>
    Compact,
}
