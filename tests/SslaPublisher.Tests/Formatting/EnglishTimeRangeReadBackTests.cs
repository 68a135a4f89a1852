using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using SslaPublisher.Formatting;
using SslaPublisher.Schedule;

namespace SslaPublisher.Tests.Formatting;

/// <summary>
/// "No ambiguous time text, by construction": every range on a 15-minute grid, written in English, read back by a
/// plain reader's rule gives the range it was written from.
/// </summary>
public partial class EnglishTimeRangeReadBackTests
{
    [Theory]
    [InlineData(TimeStyle.Compact)]
    [InlineData(TimeStyle.Full)]
    public void Should_read_back_every_range_on_a_15_minute_grid(TimeStyle style)
    {
        // Given every start and end on a 15-minute grid (00:00-00:00 being the whole day)
        var english = LocaleFormat.English;
        var failures = new List<string>();
        for (var start = 0; start < 24 * 60; start += 15)
        {
            for (var end = 0; end < 24 * 60; end += 15)
            {
                if (start == end && start != 0) continue;
                var range = new TimeRange(LocalTime.FromMinutesSinceMidnight(start), LocalTime.FromMinutesSinceMidnight(end));

                // When it is written and read back
                var text = english.Range(range, style);
                var read = Reader.Read(text);

                // Then the reader gets the same range
                if (read != range) failures.Add($"{range} → \"{text}\" → {read?.ToString() ?? "unreadable"}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} ranges misread:\n" + string.Join("\n", failures.Take(30)));
    }

    [Theory]
    [InlineData("08:00", "22:00", "8 AM–10 PM")]
    [InlineData("08:00", "20:00", "8 AM–8 PM")]
    [InlineData("09:00", "18:00", "9–6")]
    [InlineData("09:30", "17:00", "9:30–5")]
    [InlineData("09:00", "11:30", "9–11:30 AM")]
    [InlineData("13:00", "17:00", "1–5 PM")]
    [InlineData("15:00", "00:00", "3 PM–midnight")]
    [InlineData("00:00", "06:00", "midnight–6 AM")]
    [InlineData("12:00", "20:00", "noon–8 PM")]
    [InlineData("22:00", "02:00", "10 PM–2 AM")]
    [InlineData("11:00", "13:00", "11–1")]
    public void Should_write_compact_english_ranges_as_people_do(string start, string end, string expected)
    {
        // Given / When
        var text = LocaleFormat.English.Range(new TimeRange(Time(start), Time(end)), TimeStyle.Compact);

        // Then
        Assert.Equal(expected, text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Should_write_a_bare_range_only_when_the_end_is_earlier_on_the_clock_face()
    {
        // Given every compact range without am/pm ("9–6")
        for (var start = 0; start < 24 * 60; start += 15)
        {
            for (var end = 0; end < 24 * 60; end += 15)
            {
                if (start == end) continue;
                var text = LocaleFormat.English.Range(
                    new TimeRange(LocalTime.FromMinutesSinceMidnight(start), LocalTime.FromMinutesSinceMidnight(end)), TimeStyle.Compact);
                if (text.Contains('M', StringComparison.Ordinal) || text.Contains("night", StringComparison.Ordinal) ||
                    text.Contains("noon", StringComparison.Ordinal) || text.Contains("hr", StringComparison.Ordinal)) continue;

                // Then "8–8" or "8–10" never appears: the end reads earlier than the start, so it can only be p.m.
                var (a, b) = (Reader.Clock(text.Split('–')[0]), Reader.Clock(text.Split('–')[1]));
                Assert.True(b < a, $"\"{text}\" could be read two ways");
            }
        }
    }

    private static LocalTime Time(string text) => NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).Value;

    /// <summary>How a reader takes an English range: a side with AM/PM is that time; "midnight" and "noon" are 00:00 and
    /// 12:00; a bare start before a marked end shares its marker ("9–11 AM"); two bare ends are a morning start and an
    /// afternoon end ("9–6"); "24 hr"/"24 hours" is the whole day.</summary>
    private static partial class Reader
    {
        [GeneratedRegex(@"^(?<h>\d{1,2})(?::(?<m>\d\d))?(?:\s(?<p>AM|PM))?$")]
        private static partial Regex Side();

        public static TimeRange? Read(string text)
        {
            text = text.Replace('\u00A0', ' ');
            if (text is "24 hr" or "24 hours") return new TimeRange(LocalTime.Midnight, LocalTime.Midnight);
            var parts = text.Split('–');
            if (parts.Length != 2) return null;
            var (a, b) = (Parse(parts[0]), Parse(parts[1]));
            if (a is null || b is null) return null;
            var startMarker = a.Value.Marker ?? b.Value.Marker ?? "AM";
            var endMarker = b.Value.Marker ?? "PM";
            return new TimeRange(At(a.Value, startMarker), At(b.Value, endMarker));
        }

        public static int Clock(string side)
        {
            var m = Side().Match(side);
            return int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) * 60 + (m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0);
        }

        private static LocalTime At((int Hour, int Minute, string? Marker, LocalTime? Word) side, string marker) =>
            side.Word ?? new LocalTime(side.Hour % 12 + (marker == "PM" ? 12 : 0), side.Minute);

        private static (int Hour, int Minute, string? Marker, LocalTime? Word)? Parse(string side)
        {
            if (side == "midnight") return (0, 0, null, LocalTime.Midnight);
            if (side == "noon") return (12, 0, null, LocalTime.Noon);
            var m = Side().Match(side);
            if (!m.Success) return null;
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            if (hour is < 1 or > 12) return null;
            return (hour, m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0, m.Groups["p"].Success ? m.Groups["p"].Value : null, null);
        }
    }
}
