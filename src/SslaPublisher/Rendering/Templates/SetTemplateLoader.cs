using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SslaPublisher.Rendering.Templates;

/// <summary>Lets templates <c>include</c> other files of the same <see cref="TemplateSet"/> (overrides apply).</summary>
internal sealed class SetTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templates.Resolve(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
