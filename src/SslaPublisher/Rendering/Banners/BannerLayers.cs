namespace SslaPublisher.Rendering.Banners;

/// <summary>Which parts of a banner to draw; tests draw the text alone on a transparent canvas to find its pixels.</summary>
[Flags]
public enum BannerLayers
{
    /// <summary>Background colour and the accent stripe.</summary>
    Background = 1,
    /// <summary>The brand's logo.</summary>
    Logo = 2,
    /// <summary>The text blocks.</summary>
    Text = 4,
    /// <summary>Everything.</summary>
    All = Background | Logo | Text,
}
