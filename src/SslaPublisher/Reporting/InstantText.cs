using NodaTime;
using NodaTime.Text;

namespace SslaPublisher.Reporting;

/// <summary>Parses the instants of the replies CSV: ISO-8601 with <c>Z</c> or an offset, nothing else.</summary>
/// <remarks>
/// A local time without an offset is refused rather than guessed: the same text means different moments in
/// different zones, and a wrong guess silently turns on-time replies into breaches. Inbox exports often write a
/// space instead of the <c>T</c>; that is accepted because it changes nothing about the moment meant.
/// </remarks>
public static class InstantText
{
    /// <summary>How report outputs write a local time with its offset: always <c>+HH:mm</c> (<c>-05:00</c>, not <c>-05</c>).</summary>
    public static OffsetDateTimePattern WithOffset { get; } =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    private static readonly OffsetDateTimePattern MinutesOnly =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    /// <summary>The instant, or null with <paramref name="problem"/> saying why.</summary>
    public static Instant? TryParse(string text, out string? problem)
    {
        problem = null;
        var value = text.Trim();
        if (value.Length > 10 && value[10] == ' ') value = string.Concat(value.AsSpan(0, 10), "T", value.AsSpan(11));
        if (InstantPattern.ExtendedIso.Parse(value) is { Success: true } instant) return instant.Value;
        if (OffsetDateTimePattern.ExtendedIso.Parse(value) is { Success: true } offset) return offset.Value.ToInstant();
        if (MinutesOnly.Parse(value) is { Success: true } shortOffset) return shortOffset.Value.ToInstant();
        problem = LocalDateTimePattern.ExtendedIso.Parse(value).Success
                  || LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Parse(value).Success
            ? $"'{value}' has no Z or offset; write e.g. {value}Z or {value}-05:00 (a local time means different moments in different zones)"
            : $"'{value}' is not an ISO-8601 instant; write it with Z or an offset, e.g. 2026-11-23T13:55:00Z or 2026-11-23T08:55:00-05:00";
        return null;
    }
}
