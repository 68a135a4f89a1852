using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SslaPublisher.Definition;

namespace SslaPublisher.Agreement;

/// <summary>
/// The unit of a KPI: its key in ssla.yaml, the range a target may take, and how a value is written.
/// </summary>
/// <param name="Key">How the unit is written in ssla.yaml (<c>percent</c>, <c>minutes</c>, …).</param>
/// <param name="Description">What the unit means, for messages and docs.</param>
/// <param name="Min">Smallest valid value (inclusive).</param>
/// <param name="Max">Largest valid value (inclusive), or null when unbounded.</param>
/// <param name="WholeNumbers">True when only whole numbers make sense (counts, minutes).</param>
public sealed record KpiUnit(string Key, string Description, decimal Min, decimal? Max, bool WholeNumbers)
{
    /// <summary>A share of 0–100 % (on-time replies, engagement rate).</summary>
    public static KpiUnit Percent { get; } = new("percent", "a percentage from 0 to 100", 0, 100, false);

    /// <summary>Monthly growth in %, which may be negative but not below −100 % (follower growth).</summary>
    public static KpiUnit PercentPerMonth { get; } = new("percent_per_month", "a monthly change in % from -100 to 1000", -100, 1000, false);

    /// <summary>A time in whole minutes, written as a number or a duration such as <c>20m</c> or <c>2h</c>.</summary>
    public static KpiUnit Minutes { get; } = new("minutes", "a time from 1 minute to 30 days, e.g. 20m or 2h", 1, 43_200, true);

    /// <summary>A whole number of things (qualified leads, posts published).</summary>
    public static KpiUnit Count { get; } = new("count", "a whole number from 0", 0, null, true);

    /// <summary>A score on a 1–5 scale (CSAT).</summary>
    public static KpiUnit Score5 { get; } = new("score_5", "a score from 1 to 5", 1, 5, false);

    /// <summary>A Net Promoter Score, −100 to 100.</summary>
    public static KpiUnit Nps { get; } = new("nps", "a Net Promoter Score from -100 to 100", -100, 100, false);

    /// <summary>Any non-negative number (reach, impressions per post).</summary>
    public static KpiUnit Number { get; } = new("number", "a number from 0", 0, null, false);

    /// <summary>Every unit, in the order docs list them.</summary>
    public static ImmutableArray<KpiUnit> All { get; } = [Percent, PercentPerMonth, Minutes, Count, Score5, Nps, Number];

    /// <summary>The unit written as <paramref name="key"/>, or null.</summary>
    public static KpiUnit? Find(string key) => All.FirstOrDefault(u => string.Equals(u.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="value"/> is a valid target or threshold in this unit.</summary>
    public bool Allows(decimal value) => value >= Min && (Max is null || value <= Max) && (!WholeNumbers || decimal.Truncate(value) == value);

    /// <summary>
    /// Parses a value as written in ssla.yaml: a plain number; <c>95%</c> for percentages; <c>20m</c>, <c>1h30m</c>
    /// for minutes. Null when the text is not a number of this unit (range is checked by <see cref="Allows"/>).
    /// </summary>
    public decimal? Parse(string text)
    {
        var trimmed = text.Trim();
        if ((this == Percent || this == PercentPerMonth) && trimmed.EndsWith('%')) trimmed = trimmed[..^1].TrimEnd();
        if (decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number;
        if (this == Minutes && DurationText.TryParse(trimmed) is { } duration) return (decimal)duration.TotalMinutes;
        return null;
    }

    /// <summary>The value as people read it: <c>95%</c>, <c>20m</c>, <c>4.3 / 5</c>, <c>+2% a month</c>.</summary>
    public string Format(decimal value)
    {
        var number = value.ToString("0.##", CultureInfo.InvariantCulture);
        if (this == Percent) return number + "%";
        if (this == PercentPerMonth) return (value > 0 ? "+" : "") + number + "% a month";
        if (this == Minutes) return DurationText.Format(Duration.FromMinutes((long)value));
        if (this == Score5) return number + " / 5";
        if (this == Nps) return (value > 0 ? "+" : "") + number;
        return number;
    }
}
