using System.Globalization;
using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Banners;

/// <summary>A line placed on the banner: draw <see cref="Line"/> with its baseline starting at (<see cref="X"/>, <see cref="Baseline"/>).</summary>
/// <param name="Line">The shaped line.</param>
/// <param name="X">Where its baseline starts.</param>
/// <param name="Baseline">The baseline's y.</param>
/// <param name="Color">The text colour.</param>
/// <param name="Text">The characters on the line (for tests and diagnostics: where lines broke).</param>
/// <param name="Block">The index of the text block the line belongs to.</param>
public sealed record PlacedLine(ShapedLine Line, float X, float Baseline, RgbColor Color, string Text = "", int Block = 0);

/// <summary>The text column laid out: its lines, the scale the sizes were shrunk to, and its ink bounds on the canvas.</summary>
public sealed record FittedText(IReadOnlyList<PlacedLine> Lines, double Scale, SKRect InkBounds, bool IsRightToLeft);

/// <summary>One block to fit: its layout, its filled-in text and its colour.</summary>
public sealed record TextBlock(TextBlockLayout Layout, string Text, RgbColor Color);

/// <summary>
/// Fits text blocks into a box: wraps each on word boundaries, shrinks every size by one common factor until the
/// whole column's ink (what is actually drawn, not font metrics) fits, then centres it vertically.
/// </summary>
public static class TextFitter
{
    private const int SearchSteps = 7;

    // The least gap between the inks of two lines of a block, as a fraction of the font size.
    private const float MinInkGap = 0.06f;

    /// <summary>Lays out <paramref name="blocks"/> inside <paramref name="box"/>.</summary>
    /// <param name="blocks">The blocks, top to bottom.</param>
    /// <param name="box">Where the text may go, in canvas pixels.</param>
    /// <param name="unit">The length layout fractions are of (the safe-area height).</param>
    /// <param name="column">Alignment, gaps and the smallest scale allowed.</param>
    /// <param name="shaper">Shapes and measures the text.</param>
    /// <param name="what">Names the banner in the error (<c>the x banner</c>).</param>
    /// <param name="language">The text's language (BCP 47), whose rules say where lines may break.</param>
    /// <exception cref="BannerException">The text does not fit even at the smallest scale.</exception>
    public static FittedText Fit(IReadOnlyList<TextBlock> blocks, SKRect box, float unit, TextColumnLayout column, TextShaper shaper, string what,
        string language = "")
    {
        // Bidi and break opportunities do not depend on the size: found once for every scale tried.
        var paragraphs = blocks.Select(b => BidiParagraph.Resolve(b.Text)).ToList();
        var breaks = paragraphs.Select(p => LineBreaker.Opportunities(p.Text, language)).ToList();
        var rtl = paragraphs.Count > 0 && paragraphs[0].IsRightToLeft;
        // The search only needs line counts and heights, which balancing does not change; the lines are balanced
        // once, at the scale chosen.
        Attempt? TryLayout(double scale, bool balance = false) =>
            TextFitter.TryLayout(blocks, paragraphs, breaks, box, unit, column, shaper, scale, rtl, balance);
        FittedText Final(Attempt attempt) => Place(TryLayout(attempt.Scale, balance: true) ?? attempt, box, rtl);
        var full = TryLayout(1.0);
        if (full is not null) return Final(full);

        // Binary search for the largest scale that fits; fitting is monotonic in the scale apart from wrapping
        // quirks, which at worst leave the text slightly smaller than it could be.
        double fits = column.MinScale, fails = 1.0;
        var best = TryLayout(fits);
        if (best is null)
        {
            var longest = blocks.OrderByDescending(b => b.Text.Length).First();
            throw new BannerException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the text does not fit the safe area ({box.Width:0}x{box.Height:0} px) even at {column.MinScale * 100:0}% of the layout's sizes; ") +
                $"shorten it (the longest block, {longest.Layout.Field}, reads \"{Readable(longest.Text)}\") or lower text.min_scale in the layout");
        }
        for (var i = 0; i < SearchSteps; i++)
        {
            var mid = (fits + fails) / 2;
            var attempt = TryLayout(mid);
            if (attempt is null) fails = mid;
            else (fits, best) = (mid, attempt);
        }
        return Final(best);
    }

    // Isolate controls are invisible in the banner but show up as odd marks in a terminal.
    private static string Readable(string text) => new([.. text.Where(c => c is < '\u2066' or > '\u2069')]);

    private sealed record Attempt(List<PlacedLine> Lines, SKRect Ink, double Scale);

    private static Attempt? TryLayout(IReadOnlyList<TextBlock> blocks, List<BidiParagraph> paragraphs, List<IReadOnlyList<int>> breaks,
        SKRect box, float unit, TextColumnLayout column, TextShaper shaper, double scale, bool rtl, bool balance)
    {
        var lines = new List<PlacedLine>();
        var ink = SKRect.Empty;
        var y = 0f;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var size = (float)(block.Layout.Size * unit * scale);
            var paragraph = paragraphs[b];
            var shaped = LineBreaker.Lines(paragraph, breaks[b], shaper, block.Layout.Weight, size, box.Width, balance);
            if (shaped.Count > block.Layout.MaxLines) return null;
            if (b > 0) y += (float)(column.Gap * unit * scale);
            for (var k = 0; k < shaped.Count; k++)
            {
                var line = shaped[k].Shaped;
                if (line.Width > box.Width) return null;
                var baseline = y + size + (float)(k * column.LineHeight * size);
                // Scripts with tall marks (Devanagari's vowel signs above and below, Arabic's stacked dots) can reach
                // the line above at a Latin line height; such a line moves down until the inks keep a small gap.
                if (k > 0 && !ink.IsEmpty && !line.InkBounds.IsEmpty)
                {
                    var push = ink.Bottom + size * MinInkGap - (baseline + line.InkBounds.Top);
                    if (push > 0)
                    {
                        baseline += push;
                        y += push;
                    }
                }
                var x = column.Align == TextAlign.Center ? (box.Width - line.Width) / 2 : rtl ? box.Width - line.Width : 0;
                lines.Add(new PlacedLine(line, x, baseline, block.Color, paragraph.Text.Substring(shaped[k].Start, shaped[k].Length), b));
                var lineInk = line.InkBounds;
                lineInk.Offset(x, baseline);
                ink = ink.IsEmpty ? lineInk : lineInk.IsEmpty ? ink : SKRect.Union(ink, lineInk);
            }
            y += size + (float)((shaped.Count - 1) * column.LineHeight * size) + size * 0.25f;
        }
        if (ink.Width > box.Width || ink.Height > box.Height) return null;
        return new Attempt(lines, ink, scale);
    }

    // Moves the column into the box: centred vertically by its ink, nudged sideways so no ink sticks out.
    private static FittedText Place(Attempt attempt, SKRect box, bool rtl)
    {
        var ink = attempt.Ink;
        var dy = box.Top + (box.Height - ink.Height) / 2 - ink.Top;
        var dx = box.Left;
        if (ink.Left + dx < box.Left) dx = box.Left - ink.Left;
        if (ink.Right + dx > box.Right) dx = box.Right - ink.Right;
        var placed = attempt.Lines.Select(l => l with { X = l.X + dx, Baseline = l.Baseline + dy }).ToList();
        ink.Offset(dx, dy);
        return new FittedText(placed, attempt.Scale, ink, rtl);
    }
}
