namespace SslaPublisher.Rendering.Fonts;

/// <summary>A font file the renderers need is not installed (or cannot be read).</summary>
public sealed class FontNotFoundException(string message) : Exception(message);
