namespace SslaPublisher.Formatting;

/// <summary>How long day names are, from CLDR through <c>CultureInfo.DateTimeFormat</c>.</summary>
public enum DayNameWidth
{
    /// <summary><c>Monday</c>, <c>lunes</c>, <c>月曜日</c>.</summary>
    Wide,

    /// <summary><c>Mon</c>, <c>lun</c>, <c>月</c>.</summary>
    Abbreviated,

    /// <summary><c>Mo</c>, <c>LU</c>, <c>月</c>.</summary>
    Shortest,
}
