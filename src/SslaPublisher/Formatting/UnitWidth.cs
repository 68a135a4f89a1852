namespace SslaPublisher.Formatting;

/// <summary>How a duration's units are written: CLDR's unit widths (the values are ICU's list widths).</summary>
public enum UnitWidth
{
    /// <summary>Whole words: <c>15 minutes</c>, <c>2 days</c> (pages, banners, the agreement).</summary>
    Wide = 0,

    /// <summary>Abbreviated: <c>15 min</c>, <c>4 hr</c> (badges, bios).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "CLDR names this width 'short'; the enum mirrors CLDR's words.")]
    Short = 1,

    /// <summary>Tightest: <c>15m</c>, <c>4h</c>.</summary>
    Narrow = 2,
}
