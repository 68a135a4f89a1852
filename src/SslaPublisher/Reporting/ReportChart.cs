using System.Collections.Immutable;

namespace SslaPublisher.Reporting;

/// <summary>
/// Geometry of one inline SVG bar chart, computed in code so the template only places ready numbers (written
/// invariant, escaped like every other value) and the page needs no script.
/// </summary>
/// <remarks>
/// On a right-to-left page (Arabic, Hebrew) the horizontal axis runs right to left: the first month (or the shortest
/// reply time) is at the right, as a reader of the page reads time and as RTL spreadsheets draw their charts, and in
/// the same order as the table beside it, whose first column is at the right. SVG has no logical direction, so the
/// bars are placed mirrored here.
/// </remarks>
/// <param name="Width">viewBox width.</param>
/// <param name="Height">viewBox height.</param>
/// <param name="BaselineY">Y of the horizontal axis.</param>
/// <param name="AriaLabel">What the chart shows, for screen readers (the table beside it has the numbers).</param>
/// <param name="Bars">The bars in reading order: left to right, or right to left on an Arabic or Hebrew page.</param>
/// <param name="Target">A horizontal target line, if any.</param>
public sealed record ReportChart(string Width, string Height, string BaselineY, string AriaLabel, ImmutableArray<ChartBar> Bars, ChartLine? Target)
{
    private const double ViewWidth = 420, ViewHeight = 190, Top = 22, Bottom = 34, Side = 8;

    /// <summary>Bars of percentages on a 0–100 scale, one per month, with an optional target line.</summary>
    public static ReportChart Percentages(string ariaLabel, IReadOnlyList<(string Label, decimal? Percent, string Title)> points, decimal? target, ReportText text)
    {
        var plot = ViewHeight - Top - Bottom;
        double Y(double percent) => Top + plot * (1 - percent / 100);
        var bars = Layout(points.Count, RightToLeft(text), (i, x, w) =>
        {
            var (label, percent, title) = points[i];
            var value = (double)(percent ?? 0);
            var css = percent is null ? "none" : target is null ? "neutral" : percent >= target ? "ok" : "bad";
            return Bar(x, w, Y(value), label, text.Percent(percent), title, css);
        });
        var line = target is { } t ? new ChartLine(ReportFormat.Svg(Side), ReportFormat.Svg(ViewWidth - Side), ReportFormat.Svg(Y((double)t)),
            text["target_line", ("percent", text.Percent(t))]) : null;
        return new ReportChart(ReportFormat.Svg(ViewWidth), ReportFormat.Svg(ViewHeight), ReportFormat.Svg(ViewHeight - Bottom), ariaLabel, bars, line);
    }

    /// <summary>Bars of counts scaled to the largest, one per bucket; buckets within the promise are marked.</summary>
    public static ReportChart Counts(string ariaLabel, IReadOnlyList<(string Label, long Count, bool WithinPromise)> points, ReportText text)
    {
        var plot = ViewHeight - Top - Bottom;
        var max = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Count));
        var bars = Layout(points.Count, RightToLeft(text), (i, x, w) =>
        {
            var (label, count, within) = points[i];
            var y = Top + plot * (1 - (double)count / max);
            // Bucket labels ("≤ 30 分", "≤ 15 min") are wider than a bar in most languages: every other one sits a
            // line lower, so neighbours never overlap.
            return Bar(x, w, y, label, text.Count(count), $"{label}: {text.Count(count)}", within ? "ok" : "late", lower: i % 2 == 1);
        });
        return new ReportChart(ReportFormat.Svg(ViewWidth), ReportFormat.Svg(ViewHeight), ReportFormat.Svg(ViewHeight - Bottom), ariaLabel, bars, null);
    }

    // Slot i from the left, or from the right when the page reads right to left.
    private static ImmutableArray<ChartBar> Layout(int count, bool rightToLeft, Func<int, double, double, ChartBar> make)
    {
        if (count == 0) return [];
        var slot = (ViewWidth - 2 * Side) / count;
        var width = slot * 0.7;
        return [.. Enumerable.Range(0, count).Select(i => make(i, Side + slot * (rightToLeft ? count - 1 - i : i) + (slot - width) / 2, width))];
    }

    private static bool RightToLeft(ReportText text) => Rendering.Localization.LanguageTag.IsRightToLeft(text.Strings.Language);

    private static ChartBar Bar(double x, double width, double y, string label, string value, string title, string css, bool lower = false)
    {
        var baseline = ViewHeight - Bottom;
        // A zero bar still gets a hairline so "0" reads as measured, not missing.
        var height = Math.Max(baseline - y, css == "none" ? 0 : 1);
        var center = x + width / 2;
        return new ChartBar(ReportFormat.Svg(x), ReportFormat.Svg(baseline - height), ReportFormat.Svg(width), ReportFormat.Svg(height),
            ReportFormat.Svg(center), ReportFormat.Svg(baseline - height - 5), ReportFormat.Svg(baseline + (lower ? 27 : 14)),
            label, value, title, css);
    }
}

/// <summary>One bar: its rectangle, its value label above and its axis label below.</summary>
public sealed record ChartBar(string X, string Y, string Width, string Height, string CenterX, string ValueY, string LabelY,
    string Label, string Value, string Title, string Css);

/// <summary>A horizontal reference line (the agreement's target).</summary>
public sealed record ChartLine(string X1, string X2, string Y, string Label);
