using System.Globalization;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// What <c>templates/badges/badge.svg.sbn</c> sees. Numbers are preformatted with the invariant culture; texts are
/// plain strings that the HTML-escaping template context escapes (text and attribute values alike).
/// </summary>
/// <param name="Width">Badge width in px.</param>
/// <param name="Height">Badge height in px.</param>
/// <param name="Radius">Corner radius in px.</param>
/// <param name="Gloss">True for the flat style's gradient and text shadow.</param>
/// <param name="Crisp">True for the square styles (crisp edges).</param>
/// <param name="AccessibleText"><c>label: message</c> for <c>aria-label</c> and <c>&lt;title&gt;</c>.</param>
/// <param name="FontFamily">The font stack.</param>
/// <param name="FontSize">Font size in the 10× text coordinates.</param>
/// <param name="Label">The label side, or null when the badge has none.</param>
/// <param name="Message">The message side.</param>
public sealed record BadgeSvgModel(
    string Width, string Height, string Radius, bool Gloss, bool Crisp, string AccessibleText, string FontFamily,
    string FontSize, BadgeSvgSide? Label, BadgeSvgSide Message)
{
    /// <summary>The stack badge-maker names: Verdana where present, DejaVu Sans (the measured face) where not.</summary>
    public const string FontStack = "Verdana,Geneva,DejaVu Sans,sans-serif";

    /// <summary>Builds the model of <paramref name="layout"/>.</summary>
    public static BadgeSvgModel From(BadgeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new BadgeSvgModel(
            Number(layout.Width), Number(layout.Height), Number(layout.CornerRadius), layout.HasGloss,
            layout.Style != BadgeStyle.Flat, layout.AccessibleText, FontStack, Number(layout.MessageSide.FontSize * 10),
            layout.LabelSide.Text.Length == 0 ? null : BadgeSvgSide.From(layout.LabelSide),
            BadgeSvgSide.From(layout.MessageSide));
    }

    /// <summary>A number as SVG wants it: invariant, no exponent, at most two decimals.</summary>
    internal static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One side as the SVG template writes it.</summary>
/// <param name="Text">The text.</param>
/// <param name="RectX">Box left edge.</param>
/// <param name="RectWidth">Box width.</param>
/// <param name="Fill">Box colour (<c>#rrggbb</c>).</param>
/// <param name="TextFill">Text colour.</param>
/// <param name="ShadowFill">Shadow colour.</param>
/// <param name="X">Text centre in 10× coordinates.</param>
/// <param name="Y">Baseline in 10× coordinates.</param>
/// <param name="ShadowY">Shadow baseline in 10× coordinates (1 px lower).</param>
/// <param name="TextLength">Pinned text width in 10× coordinates.</param>
/// <param name="Bold">Whether the text is bold.</param>
public sealed record BadgeSvgSide(
    string Text, string RectX, string RectWidth, string Fill, string TextFill, string ShadowFill,
    string X, string Y, string ShadowY, string TextLength, bool Bold)
{
    /// <summary>Builds the view of one side.</summary>
    public static BadgeSvgSide From(BadgeSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return new BadgeSvgSide(
            side.Text, BadgeSvgModel.Number(side.X), BadgeSvgModel.Number(side.Width), side.Colors.Background.ToHex(),
            side.Colors.Text.ToHex(), side.Colors.Shadow.ToHex(), BadgeSvgModel.Number(side.TextCenterX * 10),
            BadgeSvgModel.Number(side.Baseline * 10), BadgeSvgModel.Number((side.Baseline + 1) * 10),
            BadgeSvgModel.Number(side.TextLength * 10), side.Bold);
    }
}
