using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Writes a <see cref="BadgeLayout"/> as SVG through <c>templates/badges/badge.svg.sbn</c> (overridable with
/// <c>--templates</c>).
/// </summary>
/// <remarks>
/// The template is rendered by <see cref="TemplateRenderer.RenderHtml"/>, whose context escapes every value it
/// writes — in text and in quoted attributes — so a label such as <c>"&gt;&lt;script&gt;</c> stays text. Characters
/// XML forbids outright are removed before layout (<see cref="BadgeText"/>), since no escaping makes them legal.
/// </remarks>
public sealed class BadgeSvgWriter(TemplateRenderer templates)
{
    /// <summary>The template's path inside the template set.</summary>
    public const string TemplatePath = "badges/badge.svg.sbn";

    /// <summary>A writer over the built-in templates.</summary>
    public static BadgeSvgWriter Default { get; } = new(new TemplateRenderer(TemplateSet.Default));

    /// <summary>The SVG document of <paramref name="layout"/>.</summary>
    public string Write(BadgeLayout layout) => templates.RenderHtml(TemplatePath, BadgeSvgModel.From(layout));

    /// <summary>Lays out and writes <paramref name="spec"/> in one call: the API other features (track record) use.</summary>
    public string Write(BadgeSpec spec) => Write(BadgeLayout.Create(spec));
}
