using System.Globalization;
using System.Text.RegularExpressions;

namespace SslaPublisher.Agreement;

/// <summary>The period a KPI is measured over: a calendar period, or a rolling number of days.</summary>
/// <param name="Kind">Calendar period or rolling.</param>
/// <param name="RollingDays">Length of a rolling window in days; 0 for calendar periods.</param>
public sealed partial record MeasurementWindow(WindowKind Kind, int RollingDays)
{
    /// <summary>Calendar months: the default, and what the review conditions count in.</summary>
    public static MeasurementWindow Monthly { get; } = new(WindowKind.Monthly, 0);

    [GeneratedRegex(@"^rolling[\s_-]*(?<days>\d{1,3})\s*d(?:ays?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RollingPattern();

    /// <summary>Words accepted for calendar windows, for messages and docs.</summary>
    public static IReadOnlyList<string> CalendarWords { get; } = ["weekly", "monthly", "quarterly", "yearly"];

    /// <summary>Parses <c>weekly</c>, <c>monthly</c>, <c>quarterly</c>, <c>yearly</c> or <c>rolling 90d</c> (1–366 days).</summary>
    public static MeasurementWindow? TryParse(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        switch (trimmed)
        {
            case "weekly": return new(WindowKind.Weekly, 0);
            case "monthly": return Monthly;
            case "quarterly": return new(WindowKind.Quarterly, 0);
            case "yearly" or "annually" or "annual": return new(WindowKind.Yearly, 0);
        }
        var match = RollingPattern().Match(trimmed);
        if (!match.Success) return null;
        var days = int.Parse(match.Groups["days"].Value, CultureInfo.InvariantCulture);
        return days is >= 1 and <= 366 ? new(WindowKind.Rolling, days) : null;
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        WindowKind.Rolling => $"rolling {RollingDays} days",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>The kind of measurement window.</summary>
public enum WindowKind
{
    /// <summary>Calendar weeks (Monday to Sunday).</summary>
    Weekly,
    /// <summary>Calendar months.</summary>
    Monthly,
    /// <summary>Calendar quarters.</summary>
    Quarterly,
    /// <summary>Calendar years.</summary>
    Yearly,
    /// <summary>The last N days, whenever measured.</summary>
    Rolling,
}
