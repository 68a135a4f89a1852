using SslaPublisher.Inputs;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering;

/// <summary>
/// Everything a renderer may read. Renderers never touch the disk: templates come through <see cref="Templates"/>,
/// the brand's own files (its logo) through <see cref="Files"/>.
/// </summary>
/// <param name="Promise">The brand's validated promise.</param>
/// <param name="Templates">Scriban templates (built-ins plus the user's overrides).</param>
/// <param name="Platforms">The platform catalog.</param>
public sealed record RenderContext(Promise Promise, TemplateRenderer Templates, PlatformCatalog Platforms)
{
    /// <summary>Where the brand's files (the logo) are read from.</summary>
    public IInputFiles Files { get; init; } = DiskFiles.Instance;
}
