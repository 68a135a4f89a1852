using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering;

/// <summary>Everything a renderer may read. Renderers never touch the disk except through <see cref="Templates"/>.</summary>
/// <param name="Promise">The brand's validated promise.</param>
/// <param name="Templates">Scriban templates (built-ins plus the user's overrides).</param>
/// <param name="Platforms">The platform catalog.</param>
public sealed record RenderContext(Promise Promise, TemplateRenderer Templates, PlatformCatalog Platforms);
