using NodaTime;

namespace SslaPublisher.Schedule;

/// <summary>Built-in English day-name lookups for <see cref="SummaryFormat.DayName"/>; other languages pass their own.</summary>
public static class DayNames
{
    private static readonly string[] ShortNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    // Two letters where one would be ambiguous (Tu/Th, Sa/Su), so "M–F" stays short and still unambiguous.
    private static readonly string[] VeryShortNames = ["M", "Tu", "W", "Th", "F", "Sa", "Su"];

    /// <summary><c>Mon</c> … <c>Sun</c>.</summary>
    public static string Short(IsoDayOfWeek day) => ShortNames[Index(day)];

    /// <summary><c>M</c>, <c>Tu</c>, <c>W</c>, <c>Th</c>, <c>F</c>, <c>Sa</c>, <c>Su</c>.</summary>
    public static string VeryShort(IsoDayOfWeek day) => VeryShortNames[Index(day)];

    private static int Index(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
        ? (int)day - 1
        : throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
}
