using System.Globalization;
using FsCheck.Xunit;
using SslaPublisher.Reporting;

namespace SslaPublisher.Tests.Reporting;

public class InstantTextTests
{
    [Property(MaxTest = 2000)]
    public bool Should_read_the_common_shape_exactly_as_the_patterns_do(byte year, byte month, byte day, byte hour, byte minute, byte second, sbyte offset, bool space)
    {
        // Given text of the common export shape, with field values in and out of range (Feb 30, hour 24, offset +19:00)
        var zone = offset switch
        {
            0 => "Z",
            _ => string.Create(CultureInfo.InvariantCulture, $"{(offset < 0 ? '-' : '+')}{Math.Abs((int)offset) % 20:D2}:{Math.Abs((int)offset) * 7 % 61:D2}"),
        };
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{2000 + year % 40:D4}-{month % 14:D2}-{day % 33:D2}{(space ? ' ' : 'T')}{hour % 26:D2}:{minute % 62:D2}:{second % 62:D2}{zone}");

        // When it is read by the fast path (span) and by NodaTime's patterns alone (string)
        var fast = InstantText.TryParse(text.AsSpan(), out var fastProblem);
        var patterns = InstantText.TryParse(text, out var patternProblem);

        // Then both give the same instant, or the same problem
        return fast == patterns && fastProblem == patternProblem;
    }

    [Theory]
    [InlineData("2026-11-23T13:55:00Z", "2026-11-23T13:55:00Z")]
    [InlineData(" 2026-11-23 08:55:00-05:00 ", "2026-11-23T13:55:00Z")]
    [InlineData("2024-02-29T23:59:59+14:00", "2024-02-29T09:59:59Z")]
    [InlineData("2026-11-23T13:55:00.5Z", "2026-11-23T13:55:00.5Z")]
    [InlineData("2026-11-23T08:55-05:00", "2026-11-23T13:55:00Z")]
    public void Should_read_instants_with_z_or_an_offset(string text, string expected)
    {
        // When read, then the instant is the one meant
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, InstantText.TryParse(text.AsSpan(), out _));
    }

    [Theory]
    [InlineData("2026-11-23T13:55:00", "no Z or offset")]
    [InlineData("2026-02-30T13:55:00Z", "not an ISO-8601 instant")]
    public void Should_refuse_what_is_not_an_instant_and_say_why(string text, string problem)
    {
        // When read, then nothing comes back and the problem says why
        Assert.Null(InstantText.TryParse(text.AsSpan(), out var message));
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }
}
