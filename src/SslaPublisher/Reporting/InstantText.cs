using System.Runtime.CompilerServices;
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

    /// <summary>The instant, or null with <paramref name="problem"/> saying why (in English).</summary>
    /// <remarks>
    /// The shape exports write by far the most often, <c>2026-11-23T13:55:00Z</c> or <c>…-05:00</c> (a space for the
    /// <c>T</c> too), is read straight from the characters without allocating (a million-row report reads two per
    /// row); anything else, and every error message, goes through NodaTime's patterns, which accept the same values.
    /// </remarks>
    public static Instant? TryParse(ReadOnlySpan<char> text, out string? problem)
    {
        problem = null;
        return TryParseCommon(text.Trim()) ?? TryParse(text.ToString(), out problem);
    }

    /// <summary>The instant, or null with <paramref name="problem"/> saying why.</summary>
    public static Instant? TryParse(string text, out string? problem)
    {
        var instant = TryRead(text, out var why);
        problem = why?.Message;
        return instant;
    }

    /// <summary>The instant, or null with <paramref name="problem"/> saying why, as a reason a report can word in its language.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Instant? TryRead(ReadOnlySpan<char> text, out InstantProblem? problem)
    {
        problem = null;
        return TryParseCommon(text.Trim()) ?? TryRead(text.ToString(), out problem);
    }

    /// <summary>The instant, or null with <paramref name="problem"/> saying why, as a reason a report can word in its language.</summary>
    public static Instant? TryRead(string text, out InstantProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var value = text.Trim();
        if (value.Length > 10 && value[10] == ' ') value = string.Concat(value.AsSpan(0, 10), "T", value.AsSpan(11));
        if (InstantPattern.ExtendedIso.Parse(value) is { Success: true } instant) return instant.Value;
        if (OffsetDateTimePattern.ExtendedIso.Parse(value) is { Success: true } offset) return offset.Value.ToInstant();
        if (MinutesOnly.Parse(value) is { Success: true } shortOffset) return shortOffset.Value.ToInstant();
        problem = LocalDateTimePattern.ExtendedIso.Parse(value).Success
                  || LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Parse(value).Success
            ? new InstantProblem(InstantProblem.NoOffset, value,
                $"'{value}' has no Z or offset; write e.g. {value}Z or {value}-05:00 (a local time means different moments in different zones)")
            : new InstantProblem(InstantProblem.NotInstant, value,
                $"'{value}' is not an ISO-8601 instant; write it with Z or an offset, e.g. {Example} or 2026-11-23T08:55:00-05:00");
        return null;
    }

    /// <summary>The instant messages give as an example of the accepted form.</summary>
    public const string Example = "2026-11-23T13:55:00Z";

    // uuuu-MM-ddTHH:mm:ss followed by Z or ±HH:mm, exactly; null for any other text (left to the patterns).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Instant? TryParseCommon(ReadOnlySpan<char> s)
    {
        if (s.Length is not (20 or 25) || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or ' ') || s[13] != ':' || s[16] != ':')
            return null;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day) ||
            !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
            return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
            return null;
        var offsetSeconds = 0;
        if (s.Length == 20)
        {
            if (s[19] != 'Z') return null;
        }
        else
        {
            if (s[19] is not ('+' or '-') || s[22] != ':' || !Digits(s, 20, 2, out var offsetHours) || !Digits(s, 23, 2, out var offsetMinutes) ||
                offsetHours > 18 || offsetMinutes > 59 || offsetHours == 18 && offsetMinutes > 0)
                return null;
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s[19] == '-' ? -1 : 1);
        }
        return Instant.FromUtc(year, month, day, hour, minute, second) - Duration.FromSeconds(offsetSeconds);
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = s[i] - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}

/// <summary>Why a text is not an instant of the replies CSV.</summary>
/// <param name="Reason">A key of the report's <c>report.bad_rows</c> strings: <see cref="NoOffset"/> or <see cref="NotInstant"/>.</param>
/// <param name="Value">The text as read (trimmed, a space for the <c>T</c> replaced).</param>
/// <param name="Message">The reason in English, for the terminal.</param>
public sealed record InstantProblem(string Reason, string Value, string Message)
{
    /// <summary>A local date and time without <c>Z</c> or an offset.</summary>
    public const string NoOffset = "no_offset";

    /// <summary>Not a date and time at all.</summary>
    public const string NotInstant = "not_instant";
}
