using System.Globalization;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Badges;

/// <summary>One side of a laid-out badge: its box, its text and where the text sits.</summary>
/// <param name="Text">The text as drawn (uppercase in for-the-badge); empty for a badge without a label.</param>
/// <param name="X">Left edge of the box, in px.</param>
/// <param name="Width">Width of the box, in px.</param>
/// <param name="TextCenterX">Horizontal centre of the text (it is drawn with <c>text-anchor="middle"</c>), in px.</param>
/// <param name="TextLength">Width the text is pinned to (SVG <c>textLength</c>), in px: at least its measured width.</param>
/// <param name="MeasuredWidth">The text's advance width in the bundled font, before rounding and letter spacing.</param>
/// <param name="Baseline">Baseline of the text, in px from the top.</param>
/// <param name="FontSize">Font size in px.</param>
/// <param name="Bold">Whether the text is bold.</param>
/// <param name="Colors">Background, text and shadow colours.</param>
public sealed record BadgeSide(
    string Text, double X, double Width, double TextCenterX, double TextLength, double MeasuredWidth,
    double Baseline, double FontSize, bool Bold, BadgeSideColors Colors)
{
    /// <summary>Left end of the pinned text.</summary>
    public double TextLeft => TextCenterX - TextLength / 2;

    /// <summary>Right end of the pinned text.</summary>
    public double TextRight => TextCenterX + TextLength / 2;
}

/// <summary>
/// The geometry of one badge, computed once and drawn twice: as SVG by <see cref="BadgeSvgWriter"/> and as PNG by
/// <see cref="BadgePngWriter"/>. Follows shields.io badge-maker's layout so badges sit well beside shields ones.
/// </summary>
/// <remarks>
/// <para>flat / flat-square: 11 px text, 5 px padding each side of each text, widths rounded up to an odd number of
/// pixels (badge-maker's trick for pixel-grid alignment of the centred text); the label text starts 1 px further
/// right and the message text 1 px further left, as in badge-maker.</para>
/// <para>for-the-badge: 10 px uppercase text with 1.25 px letter spacing, the message bold, 12 px margins.</para>
/// <para>Every text is written with <c>textLength</c> = its box, so a browser whose font differs from the bundled
/// one still fills exactly the measured width instead of overflowing.</para>
/// </remarks>
public sealed record BadgeLayout
{
    private const double FlatFontSize = 11;
    private const double FlatPadding = 5;
    private const double ForTheBadgeFontSize = 10;
    private const double ForTheBadgeMargin = 12;
    private const double ForTheBadgeLetterSpacing = 1.25;

    private BadgeLayout(BadgeSpec spec, string label, string message, double width, double height, BadgeSide labelSide, BadgeSide messageSide)
    {
        Spec = spec;
        Label = label;
        Message = message;
        Width = width;
        Height = height;
        LabelSide = labelSide;
        MessageSide = messageSide;
    }

    /// <summary>What was asked for.</summary>
    public BadgeSpec Spec { get; }

    /// <summary>The label after cleaning (one line, no control characters), in its original case.</summary>
    public string Label { get; }

    /// <summary>The message after cleaning, in its original case.</summary>
    public string Message { get; }

    /// <summary>The style.</summary>
    public BadgeStyle Style => Spec.Style;

    /// <summary>Total width in px (a whole number).</summary>
    public double Width { get; }

    /// <summary>Height in px: 20, or 28 for for-the-badge.</summary>
    public double Height { get; }

    /// <summary>Corner radius in px: 3 for flat, else 0.</summary>
    public double CornerRadius => Style == BadgeStyle.Flat ? 3 : 0;

    /// <summary>True for flat: the gradient overlay and the text shadow.</summary>
    public bool HasGloss => Style == BadgeStyle.Flat;

    /// <summary>The left side (zero wide when there is no label).</summary>
    public BadgeSide LabelSide { get; }

    /// <summary>The right side.</summary>
    public BadgeSide MessageSide { get; }

    /// <summary>What screen readers hear and the tooltip shows: <c>label: message</c>, or the message alone.</summary>
    public string AccessibleText => Label.Length == 0 ? Message : $"{Label}: {Message}";

    /// <summary>Lays out <paramref name="spec"/> with the bundled font's metrics.</summary>
    /// <exception cref="FileNotFoundException">The bundled font is not installed.</exception>
    public static BadgeLayout Create(BadgeSpec spec) => Create(spec, BadgeTypesetter.Default);

    /// <summary>Lays out <paramref name="spec"/> measuring text with <paramref name="typesetter"/>.</summary>
    public static BadgeLayout Create(BadgeSpec spec, BadgeTypesetter typesetter)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(typesetter);
        var label = BadgeText.Clean(spec.Label);
        var message = BadgeText.Clean(spec.Message);
        if (message.Length == 0) throw new ArgumentException("A badge needs a message.", nameof(spec));
        var labelColors = BadgeColors.For(spec.LabelColor, spec.Style);
        var messageColors = BadgeColors.For(spec.MessageColor, spec.Style);
        return spec.Style == BadgeStyle.ForTheBadge
            ? ForTheBadge(spec, label, message, labelColors, messageColors, typesetter)
            : Flat(spec, label, message, labelColors, messageColors, typesetter);
    }

    private static BadgeLayout Flat(BadgeSpec spec, string label, string message, BadgeSideColors labelColors, BadgeSideColors messageColors, BadgeTypesetter typesetter)
    {
        const double baseline = 14;
        var labelMeasured = label.Length == 0 ? 0 : typesetter.Measure(label, false, (float)FlatFontSize);
        var labelText = label.Length == 0 ? 0 : RoundUpToOdd(labelMeasured);
        var leftWidth = label.Length == 0 ? 0 : labelText + 2 * FlatPadding;
        var messageMeasured = typesetter.Measure(message, false, (float)FlatFontSize);
        var messageText = RoundUpToOdd(messageMeasured);
        var rightWidth = messageText + 2 * FlatPadding;
        // badge-maker: the label text is offset 1 px right of its padding, the message text 1 px left of its own.
        var labelSide = new BadgeSide(label, 0, leftWidth, 1 + FlatPadding + labelText / 2, labelText, labelMeasured,
            baseline, FlatFontSize, false, labelColors);
        var messageStart = label.Length == 0 ? 0 : leftWidth - 1;
        var messageSide = new BadgeSide(message, leftWidth, rightWidth, messageStart + FlatPadding + messageText / 2, messageText, messageMeasured,
            baseline, FlatFontSize, false, messageColors);
        return new BadgeLayout(spec, label, message, leftWidth + rightWidth, 20, labelSide, messageSide);
    }

    private static BadgeLayout ForTheBadge(BadgeSpec spec, string label, string message, BadgeSideColors labelColors, BadgeSideColors messageColors, BadgeTypesetter typesetter)
    {
        const double baseline = 17.5;
        var upperLabel = UnicodeCase.ToUpper(label);
        var upperMessage = UnicodeCase.ToUpper(message);
        var labelMeasured = upperLabel.Length == 0 ? 0 : typesetter.Measure(upperLabel, false, (float)ForTheBadgeFontSize);
        var labelText = upperLabel.Length == 0 ? 0 : Math.Ceiling(labelMeasured + ForTheBadgeLetterSpacing * TextElements(upperLabel));
        var leftWidth = upperLabel.Length == 0 ? 0 : labelText + 2 * ForTheBadgeMargin;
        var messageMeasured = typesetter.Measure(upperMessage, true, (float)ForTheBadgeFontSize);
        var messageText = Math.Ceiling(messageMeasured + ForTheBadgeLetterSpacing * TextElements(upperMessage));
        var rightWidth = messageText + 2 * ForTheBadgeMargin;
        var labelSide = new BadgeSide(upperLabel, 0, leftWidth, ForTheBadgeMargin + labelText / 2, labelText, labelMeasured,
            baseline, ForTheBadgeFontSize, false, labelColors);
        var messageSide = new BadgeSide(upperMessage, leftWidth, rightWidth, leftWidth + ForTheBadgeMargin + messageText / 2, messageText, messageMeasured,
            baseline, ForTheBadgeFontSize, true, messageColors);
        return new BadgeLayout(spec, label, message, leftWidth + rightWidth, 28, labelSide, messageSide);
    }

    // Letter spacing goes between what a reader sees as characters, not between UTF-16 units.
    private static int TextElements(string text) => new StringInfo(text).LengthInTextElements;

    private static double RoundUpToOdd(double width)
    {
        var whole = Math.Ceiling(width);
        return whole % 2 == 0 ? whole + 1 : whole;
    }
}
