namespace SslaPublisher.Schedule;

/// <summary>How a weekly summary names its zone.</summary>
public enum ZoneLabelStyle
{
    /// <summary>A generic abbreviation for common zones (<c>ET</c>, <c>UK</c>, <c>CET</c>), else the city.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The style's plain name beside City and None; nothing here is the type short.")]
    Short,

    /// <summary>The city of the IANA id (<c>London</c>, <c>Lord Howe</c>).</summary>
    City,

    /// <summary>No zone label.</summary>
    None,
}
