using System.Net;
using Scriban;
using Scriban.Parsing;

namespace SslaPublisher.Rendering.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="TrustedHtml"/>.
/// </summary>
/// <remarks>
/// Scriban does not escape by default, and every string in ssla.yaml is untrusted. Escaping at the single point
/// where values reach the output means a template cannot forget it: <c>{{ brand.name }}</c> is always safe in text
/// and in quoted attributes (quotes are escaped too). URLs must still be checked for their scheme before they reach
/// an <c>href</c>; that is done where the view model is built.
/// </remarks>
public sealed class HtmlTemplateContext() : TemplateContext(ScribanBuiltins.Shared)
{
    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        base.Write(span, Escape(textAsObject));

    /// <inheritdoc />
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    private string Escape(object? value) => value switch
    {
        null => string.Empty,
        TrustedHtml html => html.Value,
        _ => WebUtility.HtmlEncode(ObjectToString(value) ?? string.Empty),
    };
}
