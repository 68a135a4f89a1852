namespace SslaPublisher.Rendering.Banners;

/// <summary>A banner cannot be made as asked: the text does not fit, the logo cannot be read, or the file is too big.</summary>
public sealed class BannerException(string message) : RenderException(message);
