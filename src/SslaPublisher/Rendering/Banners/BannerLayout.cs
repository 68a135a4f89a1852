using System.Collections.Immutable;
using Scriban;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Banners;

/// <summary>
/// A banner layout read from a file under <c>templates/banners/</c>: colours, the logo, and the text blocks with their
/// sizes. Lengths are fractions of the platform's safe area, so one layout fits every banner size.
/// </summary>
/// <param name="SourcePath">The layout file (for error messages).</param>
/// <param name="Background">Background colour.</param>
/// <param name="Stripe">The accent band along the bottom edge, below the safe area.</param>
/// <param name="Logo">Logo size and spacing.</param>
/// <param name="Text">The text column.</param>
public sealed record BannerLayout(string SourcePath, ColorRef Background, StripeLayout Stripe, LogoLayout Logo, TextColumnLayout Text)
{
    /// <summary>What covers the canvas under everything else.</summary>
    public BackgroundFill Fill { get; init; } = BackgroundFill.Solid;

    /// <summary>The veil drawn between the background and the text when the text would contrast less than 4.5:1.</summary>
    public ScrimLayout Scrim { get; init; } = ScrimLayout.Default;

    /// <summary>The panel beside the text (the split layout), or null.</summary>
    public PanelLayout? Panel { get; init; }

    /// <summary>The generated shapes of the pattern fill.</summary>
    public PatternLayout Pattern { get; init; } = PatternLayout.Default;
}

/// <summary>What fills the canvas.</summary>
public enum BackgroundFill
{
    /// <summary>The background colour.</summary>
    Solid,
    /// <summary>The brand image, cropped to the banner around its focal point (the background colour without one).</summary>
    Photo,
    /// <summary>A gradient and rings generated from the brand's colours, laid out from the brand's slug.</summary>
    Pattern,
}

/// <summary>A veil of <paramref name="Color"/> from the text's side of the image to past the text, fading out.</summary>
/// <param name="Color">Its colour (text colours are chosen against it).</param>
/// <param name="Fade">Length of the fade past the text, as a fraction of the image width.</param>
/// <param name="MinOpacity">The least opacity drawn when a veil is drawn at all (a photo's look); 0 draws none when the text already contrasts.</param>
public sealed record ScrimLayout(ColorRef Color, double Fade, double MinOpacity)
{
    /// <summary>The background colour, fading over a fifth of the width, only as strong as contrast needs.</summary>
    public static ScrimLayout Default { get; } = new(new ColorRef("background", default), 0.2, 0);
}

/// <summary>A full-height panel at one side of the image.</summary>
/// <param name="Side">Start (left, or right for right-to-left text) or end.</param>
/// <param name="Width">Its width as a fraction of the image width.</param>
/// <param name="Color">Its colour; also under the image when it shows one.</param>
/// <param name="ShowImage">Shows the brand image (cropped around its focal point) when the brand has one.</param>
/// <param name="ShowLogo">Puts the logo in the panel (in the part of it inside the safe area) instead of beside the text.</param>
public sealed record PanelLayout(PanelSide Side, double Width, ColorRef Color, bool ShowImage, bool ShowLogo);

/// <summary>Which side a panel is on, relative to the reading direction.</summary>
public enum PanelSide
{
    /// <summary>Where lines begin: left, or right in right-to-left text.</summary>
    Start,
    /// <summary>Where lines end.</summary>
    End,
}

/// <summary>The pattern fill: a diagonal gradient towards <paramref name="Tint"/> and rings of <paramref name="Color"/>.</summary>
/// <param name="Tint">Colour the gradient leans to (mixed in by <paramref name="TintAmount"/>).</param>
/// <param name="TintAmount">How much of the tint the far corner gets, 0–1.</param>
/// <param name="Color">The rings' colour.</param>
/// <param name="Opacity">The rings' opacity, 0–1.</param>
/// <param name="Rings">How many rings.</param>
public sealed record PatternLayout(ColorRef Tint, double TintAmount, ColorRef Color, double Opacity, int Rings)
{
    /// <summary>A quiet default: a gradient a fifth of the way to the accent, eight faint accent rings.</summary>
    public static PatternLayout Default { get; } = new(new ColorRef("accent", default), 0.2, new ColorRef("accent", default), 0.25, 8);
}

/// <summary>A colour in a layout: one of the brand's colours by name, or a fixed one.</summary>
/// <param name="Name">The brand colour's name (<c>background</c>, <c>text</c>, <c>accent</c>), or null for <paramref name="Fixed"/>.</param>
/// <param name="Fixed">The fixed colour, when <paramref name="Name"/> is null.</param>
public sealed record ColorRef(string? Name, RgbColor Fixed)
{
    /// <summary>The colour for a brand.</summary>
    public RgbColor Resolve(BrandColors colors) => Name switch
    {
        "background" => colors.Background,
        "text" => colors.Text,
        "accent" => colors.Accent,
        _ => Fixed,
    };
}

/// <summary>The accent band along the bottom of the image; drawn only below the safe area, so text never meets it.</summary>
/// <param name="Color">Its colour.</param>
/// <param name="Height">Height as a fraction of the image height; 0 for none.</param>
/// <param name="Length">How far it runs from the start side (left, or right for right-to-left text), as a fraction of the width.</param>
public sealed record StripeLayout(ColorRef Color, double Height, double Length = 1);

/// <summary>Where the logo goes: at the start of the safe area (the left, or the right for right-to-left text).</summary>
/// <param name="Size">Side of the logo's square as a fraction of the safe-area height; 0 hides it.</param>
/// <param name="MaxWidth">Largest side as a fraction of the safe-area width.</param>
/// <param name="Gap">Space between the logo and the text, as a fraction of the safe-area width.</param>
public sealed record LogoLayout(double Size, double MaxWidth, double Gap);

/// <summary>How text lines up horizontally in its column.</summary>
public enum TextAlign
{
    /// <summary>Left for left-to-right text, right for right-to-left text.</summary>
    Start,
    /// <summary>Centred.</summary>
    Center,
}

/// <summary>The text column: blocks stacked top to bottom, centred vertically in the space beside the logo.</summary>
/// <param name="Align">Horizontal alignment.</param>
/// <param name="Gap">Space between blocks, as a fraction of the safe-area height.</param>
/// <param name="LineHeight">Distance between baselines, as a multiple of the font size.</param>
/// <param name="MinScale">Smallest fraction of the given sizes tried before the build fails for want of room.</param>
/// <param name="Blocks">The blocks, top to bottom.</param>
public sealed record TextColumnLayout(TextAlign Align, double Gap, double LineHeight, double MinScale, ImmutableArray<TextBlockLayout> Blocks);

/// <summary>One block of text.</summary>
/// <param name="Field">Where the block is in the layout file (<c>text.blocks[0]</c>), for error messages.</param>
/// <param name="Text">Scriban template of the text; a block whose text comes out empty is left out.</param>
/// <param name="Size">Font size as a fraction of the safe-area height (the largest tried).</param>
/// <param name="Weight">Regular or bold.</param>
/// <param name="Color">Text colour; replaced when it contrasts too little with the background.</param>
/// <param name="MaxLines">Most lines the block may wrap to before the text shrinks.</param>
/// <param name="Line">Line of the block's text in the layout file.</param>
/// <param name="Column">Column of the block's text in the layout file.</param>
public sealed record TextBlockLayout(string Field, Template Text, double Size, FontWeight Weight, ColorRef Color, int MaxLines, int Line, int Column);
