using System.Globalization;

namespace SslaPublisher.Reporting;

/// <summary>How report figures are written for people (terminal and page); invariant culture throughout.</summary>
public static class ReportFormat
{
    /// <summary><c>45s</c>, <c>12m 05s</c>, <c>3h 20m</c>, <c>2d 4h</c>; an en dash for no value.</summary>
    public static string Seconds(long? seconds)
    {
        if (seconds is not { } s) return "–";
        if (s < 60) return Invariant($"{s}s");
        if (s < 3600) return Invariant($"{s / 60}m {s % 60:00}s");
        if (s < 86_400) return Invariant($"{s / 3600}h {s % 3600 / 60:00}m");
        return Invariant($"{s / 86_400}d {s % 86_400 / 3600}h");
    }

    /// <summary><c>96.4%</c> (one decimal, rounded half away from zero); an en dash for no value.</summary>
    public static string Percent(decimal? percent) =>
        percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>A whole number with thousands separators: <c>1,000,000</c>.</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A number for SVG attributes: at most two decimals, invariant.</summary>
    public static string Svg(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
