namespace SslaPublisher.Schedule;

/// <summary>How a weekly summary names its zone.</summary>
public enum ZoneLabelStyle
{
    /// <summary>
    /// A generic abbreviation for common zones (<c>ET</c>, <c>UK</c>, <c>CET</c>), else the city; in any other
    /// language CLDR's short generic name (<c>MEZ</c>, <c>توقيت ألمانيا</c>).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The style's plain name beside City and None; nothing here is the type short.")]
    Short,

    /// <summary>
    /// The city of the IANA id (<c>London</c>, <c>Lord Howe</c>); in any other language the city as CLDR names it
    /// there (<c>الرياض</c>, <c>ベルリン</c>), or its short generic name for a zone without a city.
    /// </summary>
    City,

    /// <summary>No zone label.</summary>
    None,
}
