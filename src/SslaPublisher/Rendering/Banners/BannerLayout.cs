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
public sealed record BannerLayout(string SourcePath, ColorRef Background, StripeLayout Stripe, LogoLayout Logo, TextColumnLayout Text);

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
public sealed record StripeLayout(ColorRef Color, double Height);

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
