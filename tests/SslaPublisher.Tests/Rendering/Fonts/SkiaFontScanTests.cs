using SkiaSharp;

namespace SslaPublisher.Tests.Rendering.Fonts;

/// <summary>
/// The SkiaSharp library the build copies has its compiled-in font directory aimed at nothing (Directory.Build.targets),
/// so its default font manager reads no system font (ssla's own typefaces, made from data and files, are held by the
/// banner and badge goldens).
/// </summary>
public sealed class SkiaFontScanTests
{
    [Fact]
    public void The_default_font_manager_holds_no_system_font()
    {
        if (!OperatingSystem.IsLinux()) return;
        // With the library as shipped this lists every family under /usr/share/fonts (DejaVu, Noto, … on this machine).
        var families = SKFontManager.Default.GetFontFamilies();
        Assert.Equal([""], families);
        Assert.Null(SKFontManager.Default.MatchFamily("DejaVu Sans"));
    }
}
