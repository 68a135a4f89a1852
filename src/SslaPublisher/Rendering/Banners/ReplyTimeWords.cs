using NodaTime;

namespace SslaPublisher.Rendering.Banners;

/// <summary>A reply time in words for a headline: <c>15 minutes</c>, <c>4 hours</c>, <c>1 hour 30 minutes</c>, <c>2 days</c>.</summary>
public static class ReplyTimeWords
{
    /// <summary>The duration in English words, largest unit first, zero parts left out.</summary>
    /// <remarks>A no-break space joins each number to its unit, so a wrapped headline never leaves "15" alone at a line end.</remarks>
    public static string Format(Duration duration)
    {
        var parts = new List<string>();
        void Add(long value, string unit)
        {
            if (value > 0) parts.Add($"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\u00A0{unit}{(value == 1 ? "" : "s")}");
        }
        Add(duration.Days, "day");
        Add(duration.Hours, "hour");
        Add(duration.Minutes, "minute");
        return parts.Count == 0 ? "0\u00A0minutes" : string.Join(' ', parts);
    }
}
