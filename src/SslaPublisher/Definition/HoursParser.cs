using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using SslaPublisher.Schedule;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Definition;

/// <summary>
/// Reads <c>hours:</c> — <c>always</c>, or a mapping of day specs (<c>mon-fri</c>, <c>sat,sun</c>, <c>daily</c>)
/// to one range or a list of ranges (<c>"09:00-18:00"</c>; <c>"22:00-02:00"</c> crosses midnight; <c>closed</c>).
/// </summary>
internal static partial class HoursParser
{
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    // A range that runs past midnight for this long is far more likely a typo ("18:00-09:00" for "09:00-18:00").
    private static readonly Duration LongestOvernight = Duration.FromHours(12);

    public static WeeklyHours? Read(YamlNode node, string field, DiagnosticBag bag)
    {
        if (node is YamlScalarNode { Value: var text } && string.Equals(text?.Trim(), "always", StringComparison.OrdinalIgnoreCase))
            return WeeklyHours.Always;
        if (node is not YamlMappingNode mapping)
        {
            bag.Add(node, field, "expected 'always' or a mapping like {mon-fri: \"09:00-18:00\"}");
            return null;
        }

        var days = new Dictionary<IsoDayOfWeek, List<TimeRange>>();
        var seen = new Dictionary<IsoDayOfWeek, string>();
        var located = new Dictionary<IsoDayOfWeek, YamlNode>();
        var ok = true;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var spec = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var specDays = ParseDays(spec);
            if (specDays is null)
            {
                bag.Add(keyNode, $"{field}.{spec}", $"{UntrustedText.Quote(spec)} is not a day or day range; use mon..sun, 'mon-fri', 'sat,sun' or 'daily'");
                ok = false;
                continue;
            }
            var ranges = ReadRanges(value, $"{field}.{spec}", bag);
            if (ranges is null) { ok = false; continue; }
            foreach (var day in specDays)
            {
                if (seen.TryGetValue(day, out var earlier))
                {
                    bag.Add(keyNode, $"{field}.{spec}", $"{day} is already given by {UntrustedText.Quote(earlier)}");
                    ok = false;
                    continue;
                }
                seen[day] = spec;
                located[day] = value;
                days[day] = ranges;
            }
        }
        if (!ok) return null;
        ok = CheckOverlaps(days, located, field, bag);
        return ok ? WeeklyHours.Of(days.ToDictionary(d => d.Key, d => (IReadOnlyList<TimeRange>)d.Value)) : null;
    }

    private static List<TimeRange>? ReadRanges(YamlNode value, string field, DiagnosticBag bag)
    {
        IEnumerable<YamlNode> items = value is YamlSequenceNode seq ? seq.Children : [value];
        var ranges = new List<TimeRange>();
        var ok = true;
        foreach (var item in items)
        {
            var text = (item as YamlScalarNode)?.Value?.Trim() ?? "";
            if (string.Equals(text, "closed", StringComparison.OrdinalIgnoreCase)) continue;
            var range = ParseRange(text, out var error);
            if (range is null)
            {
                bag.Add(item, field, error);
                ok = false;
            }
            else ranges.Add(range);
        }
        return ok ? ranges : null;
    }

    /// <summary>Parses "HH:mm-HH:mm" ("24:00" allowed as an end).</summary>
    public static TimeRange? ParseRange(string text, out string error)
    {
        error = "";
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        LocalTime? Time(string t) => t == "24:00" ? LocalTime.Midnight
            : LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(t) is { Success: true } r ? r.Value : null;
        if (parts.Length != 2 || Time(parts[0]) is not { } start || Time(parts[1]) is not { } end || parts[0] == "24:00")
        {
            error = Suggest(text) is { } fix
                ? $"{UntrustedText.Quote(text)} is not a time range; write it as \"{fix}\" (24-hour clock, two-digit hours)"
                : $"{UntrustedText.Quote(text)} is not a time range; write it as \"09:00-18:00\" (24-hour clock)";
            return null;
        }
        var range = new TimeRange(start, end);
        if (start == end && !(start == LocalTime.Midnight && parts[1] == "24:00") && text != "00:00-00:00")
        {
            error = $"{UntrustedText.Quote(text)} is empty: it starts and ends at the same time (use \"00:00-24:00\" for a whole day)";
            return null;
        }
        if (range.CrossesMidnight && end != LocalTime.Midnight && range.NominalLength > LongestOvernight)
        {
            error = $"{UntrustedText.Quote(text)} looks reversed: read as crossing midnight it lasts {range.NominalLength.TotalHours:0.#}h (overnight ranges are at most 12h); write the earlier time first";
            return null;
        }
        return range;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.h](?<m>\d{2}))?\s*(?<p>am|pm|a\.m\.|p\.m\.)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LooseTime();

    // The user's own times in the form the file wants: "9:00-14:00" → "09:00-14:00", "9am-5pm" → "09:00-17:00",
    // "9-5" → "09:00-17:00" (a bare end before the start is the afternoon: nine to five is not a 20-hour night).
    private static string? Suggest(string text)
    {
        var parts = text.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        var (start, end) = (Loose(parts[0]), Loose(parts[1]));
        if (start is not { } s || end is not { } e) return null;
        if (!s.Marked && !e.Marked && e.Minutes < s.Minutes && e.Minutes < 12 * 60 && s.Minutes < 12 * 60) e = (e.Minutes + 12 * 60, false);
        string Clock(int minutes) => minutes == 24 * 60 ? "24:00" : $"{minutes / 60:00}:{minutes % 60:00}";
        return $"{Clock(s.Minutes)}-{Clock(e.Minutes)}";
    }

    private static (int Minutes, bool Marked)? Loose(string text)
    {
        var m = LooseTime().Match(text);
        if (!m.Success) return null;
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59) return null;
        if (m.Groups["p"].Success)
        {
            if (hour is < 1 or > 12) return null;
            var pm = m.Groups["p"].Value.StartsWith('p') || m.Groups["p"].Value.StartsWith('P');
            return ((hour % 12 + (pm ? 12 : 0)) * 60 + minute, true);
        }
        return hour > 24 || (hour == 24 && minute > 0) ? null : (hour * 60 + minute, false);
    }

    private static IsoDayOfWeek[]? ParseDays(string spec)
    {
        var lower = spec.ToLowerInvariant();
        if (lower is "daily" or "every-day" or "everyday") return [.. Enumerable.Range(1, 7).Select(i => (IsoDayOfWeek)i)];
        if (lower is "weekdays") return ParseDays("mon-fri");
        if (lower is "weekends" or "weekend") return ParseDays("sat,sun");
        var result = new List<IsoDayOfWeek>();
        foreach (var part in lower.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            var indexes = ends.Select(e => Array.IndexOf(DayNames, e.Length >= 3 ? e[..3] : e)).ToArray();
            if (ends.Length is < 1 or > 2 || indexes.Any(i => i < 0) || ends.Any(e => !IsDayName(e))) return null;
            var (from, to) = (indexes[0], indexes[^1]);
            for (var i = from; ; i = (i + 1) % 7)
            {
                result.Add((IsoDayOfWeek)(i + 1));
                if (i == to) break;
            }
        }
        return [.. result];
    }

    private static bool IsDayName(string text) =>
        DayNames.Any(d => text == d) ||
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));

    // Two ranges of one day, or a range crossing midnight and the next day's first range, must not overlap.
    private static bool CheckOverlaps(Dictionary<IsoDayOfWeek, List<TimeRange>> days, Dictionary<IsoDayOfWeek, YamlNode> located, string field, DiagnosticBag bag)
    {
        var ok = true;
        foreach (var (day, ranges) in days)
        {
            var sorted = ranges.OrderBy(r => r.Start).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i - 1].CrossesMidnight || sorted[i].Start < sorted[i - 1].End)
                {
                    bag.Add(located[day], field, $"{day}: ranges {sorted[i - 1]} and {sorted[i]} overlap");
                    ok = false;
                }
            }
            var last = sorted.LastOrDefault();
            var next = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1;
            if (last is { CrossesMidnight: true } && last.End != LocalTime.Midnight &&
                days.TryGetValue(next, out var nextRanges) && nextRanges.Any(r => r.Start < last.End))
            {
                bag.Add(located[day], field, $"{day} {last} runs into {next}'s {nextRanges.Min(r => r.Start):HH:mm} opening");
                ok = false;
            }
        }
        return ok;
    }
}
