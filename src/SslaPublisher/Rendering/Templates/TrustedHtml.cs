namespace SslaPublisher.Rendering.Templates;

/// <summary>
/// HTML that has already been made safe (sanitized Markdown output, or markup built by our own code from escaped
/// parts). It is the only value <see cref="HtmlTemplateContext"/> writes without escaping.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
