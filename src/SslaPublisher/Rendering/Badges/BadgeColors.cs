using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Badges;

/// <summary>The colours of one side of a badge: its background, its text and the text's shadow.</summary>
/// <param name="Background">Fill of the side (the brand colour, darkened or lightened only if contrast needed it).</param>
/// <param name="Text">Black or white, whichever reads better on every shade of the background.</param>
/// <param name="Shadow">Colour of the 1 px text shadow of the flat style (drawn at 30 % opacity).</param>
public readonly record struct BadgeSideColors(RgbColor Background, RgbColor Text, RgbColor Shadow);

/// <summary>
/// Picks each side's text colour so that it meets WCAG's 4.5:1 contrast on every shade the side shows.
/// </summary>
/// <remarks>
/// Black or white text on any single colour always reaches at least 4.58:1, but the flat style lays a gradient over
/// the background (10 % #bbb at the top, 10 % black at the bottom), so a mid-tone brand colour can fall below 4.5:1 at
/// one end. Then the background is stepped towards black (under white text) or white (under black text) until
/// both ends pass: the brand colour changes only when, and only as much as, readability requires.
/// </remarks>
public static class BadgeColors
{
    /// <summary>WCAG 2.1 AA contrast for normal text, which badge text is.</summary>
    public const double MinimumContrast = 4.5;

    private static readonly RgbColor GradientTop = new(0xbb, 0xbb, 0xbb);
    private const double GradientOpacity = 0.1;
    private const int Steps = 64;

    /// <summary>The colours of a side whose wanted background is <paramref name="wanted"/>, in <paramref name="style"/>.</summary>
    public static BadgeSideColors For(RgbColor wanted, BadgeStyle style)
    {
        for (var step = 0; step <= Steps; step++)
        {
            var white = Mix(wanted, RgbColor.Black, step / (double)Steps);
            if (WorstContrast(RgbColor.White, white, style) >= MinimumContrast) return Side(white, RgbColor.White);
            var black = Mix(wanted, RgbColor.White, step / (double)Steps);
            if (WorstContrast(RgbColor.Black, black, style) >= MinimumContrast) return Side(black, RgbColor.Black);
        }
        // Unreachable: pure black under white text passes in every style.
        return Side(RgbColor.Black, RgbColor.White);
    }

    /// <summary>The lowest contrast of <paramref name="text"/> over the shades of <paramref name="background"/> in <paramref name="style"/>.</summary>
    public static double WorstContrast(RgbColor text, RgbColor background, BadgeStyle style) =>
        Shades(background, style).Min(text.ContrastWith);

    /// <summary>The colours a background actually shows: itself, or the two ends of the flat style's gradient.</summary>
    /// <remarks>Every channel moves the same way between the ends, so luminance, and contrast, is monotone in between.</remarks>
    public static IReadOnlyList<RgbColor> Shades(RgbColor background, BadgeStyle style) => style == BadgeStyle.Flat
        ? [Mix(background, GradientTop, GradientOpacity), Mix(background, RgbColor.Black, GradientOpacity)]
        : [background];

    // Shields draws a dark shadow under light text and a light one under dark text.
    private static BadgeSideColors Side(RgbColor background, RgbColor text) =>
        new(background, text, text == RgbColor.White ? new RgbColor(1, 1, 1) : new RgbColor(0xcc, 0xcc, 0xcc));

    // Source-over compositing of `over` at opacity `amount`, rounded to 8 bits as a renderer would.
    private static RgbColor Mix(RgbColor under, RgbColor over, double amount)
    {
        static byte Channel(byte u, byte o, double a) => (byte)Math.Round(u + (o - u) * a, MidpointRounding.AwayFromZero);
        return new RgbColor(Channel(under.R, over.R, amount), Channel(under.G, over.G, amount), Channel(under.B, over.B, amount));
    }
}
