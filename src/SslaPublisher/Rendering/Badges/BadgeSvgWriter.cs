using System.Runtime.CompilerServices;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Badges;

/// <summary>
/// Writes a <see cref="BadgeLayout"/> as SVG: through <c>templates/badges/badge.svg.sbn</c> when a
/// <c>--templates</c> folder changes it, else by <see cref="BadgeSvgMarkup"/>, which writes what the built-in
/// template writes without running the template interpreter.
/// </summary>
/// <remarks>
/// <para>The template is rendered by <see cref="TemplateRenderer.RenderHtml"/>, whose context escapes every value it
/// writes — in text and in quoted attributes — so a label such as <c>"&gt;&lt;script&gt;</c> stays text. Characters
/// XML forbids outright are removed before layout (<see cref="BadgeText"/>), since no escaping makes them legal.</para>
/// <para>Which path applies is decided once per template renderer by rendering probe badges both ways (every branch
/// of the template: gloss or not, label or not, bold, text that needs escaping): when the template in force gives
/// the same bytes as the direct writer, the direct writer is used. So an override, or a built-in template edited
/// without the writer, is always honoured.</para>
/// </remarks>
public sealed class BadgeSvgWriter(TemplateRenderer templates)
{
    /// <summary>The template's path inside the template set.</summary>
    public const string TemplatePath = "badges/badge.svg.sbn";

    private static readonly ConditionalWeakTable<TemplateRenderer, Lazy<bool>> DirectByRenderer = [];

    private readonly Lazy<bool> _direct = DirectByRenderer.GetValue(templates, t => new Lazy<bool>(() => TemplateMatchesMarkup(t)));

    /// <summary>A writer over the built-in templates.</summary>
    public static BadgeSvgWriter Default { get; } = new(new TemplateRenderer(TemplateSet.Default));

    /// <summary>Whether this writer bypasses the template interpreter (the template in force is the built-in one).</summary>
    public bool WritesDirectly => _direct.Value;

    /// <summary>The SVG document of <paramref name="layout"/>.</summary>
    public string Write(BadgeLayout layout) => _direct.Value ? BadgeSvgMarkup.Write(layout) : WithTemplate(templates, layout);

    /// <summary>Lays out and writes <paramref name="spec"/> in one call: the API other features (track record) use.</summary>
    public string Write(BadgeSpec spec) => Write(BadgeLayout.Create(spec));

    private static string WithTemplate(TemplateRenderer templates, BadgeLayout layout) =>
        templates.RenderHtml(TemplatePath, BadgeSvgModel.From(layout));

    private static bool TemplateMatchesMarkup(TemplateRenderer templates)
    {
        var dark = new RgbColor(0x0b, 0x3d, 0x91);
        var light = new RgbColor(0xff, 0xb4, 0x00);
        BadgeSpec[] probes =
        [
            new("X replies", "15 min \"<&>\" · é", dark, light, BadgeStyle.Flat),
            new("", "24/7 '😀'", light, dark, BadgeStyle.FlatSquare),
            new("X staffed", "Mon–Fri 9–6 ET", dark, light, BadgeStyle.ForTheBadge),
        ];
        return probes.Select(p => BadgeLayout.Create(p)).All(layout =>
            string.Equals(WithTemplate(templates, layout), BadgeSvgMarkup.Write(layout), StringComparison.Ordinal));
    }
}
