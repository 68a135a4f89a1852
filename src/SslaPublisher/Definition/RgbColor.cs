using System.Globalization;
using System.Text.RegularExpressions;

namespace SslaPublisher.Definition;

/// <summary>An sRGB colour, with the WCAG relative luminance and contrast maths every renderer needs.</summary>
public readonly partial record struct RgbColor(byte R, byte G, byte B)
{
    [GeneratedRegex("^#(?<hex>[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")]
    private static partial Regex HexPattern();

    /// <summary>Pure black.</summary>
    public static RgbColor Black => new(0, 0, 0);

    /// <summary>Pure white.</summary>
    public static RgbColor White => new(255, 255, 255);

    /// <summary>Parses <c>#rrggbb</c> or <c>#rgb</c>.</summary>
    public static bool TryParse(string? text, out RgbColor color)
    {
        color = default;
        var match = text is null ? null : HexPattern().Match(text.Trim());
        if (match is null || !match.Success) return false;
        var hex = match.Groups["hex"].Value;
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
        var v = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        color = new RgbColor((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    /// <summary>Parses a colour known to be valid (for built-in defaults).</summary>
    public static RgbColor Parse(string text) =>
        TryParse(text, out var c) ? c : throw new FormatException($"Not a colour: {UntrustedText.Quote(text)}.");

    /// <summary>WCAG 2.1 relative luminance, 0 (black) to 1 (white).</summary>
    public double RelativeLuminance => 0.2126 * Channel(R) + 0.7152 * Channel(G) + 0.0722 * Channel(B);

    /// <summary>WCAG 2.1 contrast ratio with <paramref name="other"/>, 1 to 21.</summary>
    public double ContrastWith(RgbColor other)
    {
        var (a, b) = (RelativeLuminance, other.RelativeLuminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Black or white, whichever contrasts more with this colour.</summary>
    public RgbColor BestTextColor() => ContrastWith(White) >= ContrastWith(Black) ? White : Black;

    /// <summary><c>#rrggbb</c> in lowercase.</summary>
    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";

    /// <inheritdoc />
    public override string ToString() => ToHex();

    private static double Channel(byte value)
    {
        var c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
