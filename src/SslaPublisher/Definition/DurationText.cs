using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace SslaPublisher.Definition;

/// <summary>Reads and writes the short durations of ssla.yaml: <c>15m</c>, <c>4h</c>, <c>1h30m</c>, <c>2d</c>.</summary>
public static partial class DurationText
{
    [GeneratedRegex("^(?:(?<d>\\d+)\\s*d)?\\s*(?:(?<h>\\d+)\\s*h)?\\s*(?:(?<m>\\d+)\\s*m(?:in)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>Parses a duration; null when the text is not one.</summary>
    public static Duration? TryParse(string text)
    {
        var trimmed = text.Trim();
        var match = Pattern().Match(trimmed);
        if (trimmed.Length == 0 || !match.Success) return null;
        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var (d, h, m) = (Part("d"), Part("h"), Part("m"));
        if (d > 365 || h > 10_000 || m > 1_000_000) return null;
        return Duration.FromDays(d) + Duration.FromHours(h) + Duration.FromMinutes(m);
    }

    /// <summary>Parses a reply time: days stay days (<c>2d</c> is two staffed days, not 48 staffed hours); null when the text is not one.</summary>
    public static ReplyTime? TryParseReplyTime(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (TryParse(text) is not { } total || !match.Success) return null;
        var days = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
        return new ReplyTime(days, total - Duration.FromDays(days));
    }

    /// <summary>The compact form of a reply time: <c>2d</c>, <c>15m</c>, <c>1d4h</c>.</summary>
    public static string Format(ReplyTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!time.HasDays) return Format(time.Staffed);
        var days = $"{time.Days.ToString(CultureInfo.InvariantCulture)}d";
        return time.Staffed == Duration.Zero ? days : days + Format(time.Staffed);
    }

    /// <summary>The compact form: <c>15m</c>, <c>4h</c>, <c>1h30m</c>.</summary>
    public static string Format(Duration duration)
    {
        var parts = new List<string>();
        if (duration.Days > 0) parts.Add($"{duration.Days}d");
        if (duration.Hours > 0) parts.Add($"{duration.Hours}h");
        if (duration.Minutes > 0 || parts.Count == 0) parts.Add($"{duration.Minutes}m");
        return string.Concat(parts);
    }
}
