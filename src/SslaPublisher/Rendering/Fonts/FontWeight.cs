namespace SslaPublisher.Rendering.Fonts;

/// <summary>The two weights the bundled fonts come in.</summary>
public enum FontWeight
{
    /// <summary>Body text (400).</summary>
    Regular,
    /// <summary>Headlines (700).</summary>
    Bold,
}
