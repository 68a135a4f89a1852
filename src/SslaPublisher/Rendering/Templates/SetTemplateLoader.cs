using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SslaPublisher.Rendering.Templates;

/// <summary>Lets templates <c>include</c> other files of the same <see cref="TemplateSet"/> (overrides apply).</summary>
/// <remarks>The "path" Scriban passes between the two calls is the relative path inside the set.</remarks>
internal sealed class SetTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        templates.Exists(templateName) ? templateName : throw new FileNotFoundException($"Template '{templateName}' (included at {callerSpan}) does not exist.", templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => templates.ReadText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(templates.ReadText(templatePath));
}
