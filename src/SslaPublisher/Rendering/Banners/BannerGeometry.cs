using SkiaSharp;
using SslaPublisher.Platforms;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Where a banner's parts go, mirrored for right-to-left text.</summary>
/// <param name="Safe">The platform's safe area.</param>
/// <param name="PanelRect">The side panel, or empty.</param>
/// <param name="FreeArea">The image outside the panel.</param>
/// <param name="LogoRect">The logo's square, or empty.</param>
/// <param name="TextBox">Where text may go (inside the safe area, beside the logo and the panel).</param>
public sealed record BannerGeometry(SKRect Safe, SKRect PanelRect, SKRect FreeArea, SKRect LogoRect, SKRect TextBox)
{
    // The least share of the safe area's width the text keeps beside a panel before the logo gives way.
    private const float MinTextShare = 0.45f;

    /// <summary>Lays out the panel, logo and text box of <paramref name="layout"/> on <paramref name="spec"/>.</summary>
    public static BannerGeometry Compute(BannerSpec spec, BannerLayout layout, SKImage? logo, bool hasImage, bool rtl, float edgeMargin)
    {
        var safe = new SKRect(spec.SafeArea.X, spec.SafeArea.Y, spec.SafeArea.Right, spec.SafeArea.Bottom);
        var textBox = SKRect.Inflate(safe, -edgeMargin, -edgeMargin);
        var gap = (float)(layout.Logo.Gap * safe.Width);
        var panelRect = SKRect.Empty;
        var free = SKRect.Create(spec.Width, spec.Height);
        var logoRect = SKRect.Empty;
        var wantsLogo = logo is not null && layout.Logo.Size > 0;

        if (layout.Panel is { } panel)
        {
            var width = (float)(panel.Width * spec.Width);
            var atLeft = (panel.Side == PanelSide.Start) != rtl;
            panelRect = atLeft ? new SKRect(0, 0, width, spec.Height) : new SKRect(spec.Width - width, 0, spec.Width, spec.Height);
            free = atLeft ? new SKRect(width, 0, spec.Width, spec.Height) : new SKRect(0, 0, spec.Width - width, spec.Height);
            if (atLeft) textBox.Left = Math.Max(textBox.Left, width + gap);
            else textBox.Right = Math.Min(textBox.Right, spec.Width - width - gap);
            var visible = SKRect.Intersect(panelRect, safe);
            // A panel showing the brand image shows it alone; the logo then sits beside the text.
            var logoInPanel = panel.ShowLogo && !(panel.ShowImage && hasImage);
            if (logoInPanel && wantsLogo && visible.Width > 0 && visible.Height > 0)
            {
                // In the panel's visible part, a little smaller than it so the logo has air around it.
                var side = (float)Math.Min(layout.Logo.Size * safe.Height, Math.Min(visible.Width, visible.Height) * 0.8);
                logoRect = SKRect.Create(visible.MidX - side / 2, visible.MidY - side / 2, side, side);
                wantsLogo = false;
            }
            else if (logoInPanel)
            {
                wantsLogo = false;
            }
        }
        // Beside a panel, the logo may leave the text too narrow to read (Facebook's cover is 551 px wide inside its
        // crops, and a panel takes a third of it); the panel already carries the brand there, so the text wins.
        if (wantsLogo && layout.Panel is not null
            && textBox.Width - (float)Math.Min(layout.Logo.Size * safe.Height, layout.Logo.MaxWidth * safe.Width) - gap < MinTextShare * safe.Width)
            wantsLogo = false;
        if (wantsLogo)
        {
            var side = (float)Math.Min(layout.Logo.Size * safe.Height, layout.Logo.MaxWidth * safe.Width);
            var top = safe.MidY - side / 2;
            logoRect = rtl ? SKRect.Create(textBox.Right + edgeMargin - side, top, side, side) : SKRect.Create(textBox.Left - edgeMargin, top, side, side);
            textBox = rtl
                ? new SKRect(textBox.Left, textBox.Top, logoRect.Left - gap, textBox.Bottom)
                : new SKRect(logoRect.Right + gap, textBox.Top, textBox.Right, textBox.Bottom);
        }
        return new BannerGeometry(safe, panelRect, free, logoRect, textBox);
    }
}
