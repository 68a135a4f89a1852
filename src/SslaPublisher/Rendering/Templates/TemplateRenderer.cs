using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace SslaPublisher.Rendering.Templates;

/// <summary>Renders Scriban templates from a <see cref="TemplateSet"/>, with one escaping convention per output kind.</summary>
public sealed class TemplateRenderer(TemplateSet templates)
{
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>The templates this renderer reads.</summary>
    public TemplateSet Templates { get; } = templates;

    /// <summary>Renders an HTML (or SVG/XML) template: every written value is escaped unless it is <see cref="TrustedHtml"/>.</summary>
    public string RenderHtml(string relativePath, object model) => Render(relativePath, model, new HtmlTemplateContext());

    /// <summary>Renders a plain-text template (bios, Markdown): values are written as they are.</summary>
    public string RenderText(string relativePath, object model) => Render(relativePath, model, new TemplateContext(ScribanBuiltins.Shared));

    private string Render(string relativePath, object model, TemplateContext context)
    {
        var template = Parse(relativePath);
        var globals = ScribanModels.Import(model);
        context.PushGlobal(globals);
        context.MemberRenamer = member => StandardMemberRenamer.Rename(member);
        context.StrictVariables = true;
        // Scriban's safety limits are for untrusted templates; ours are trusted and loop only over the input, which
        // InputLimits bounds and `ssla validate` checks. Left on, 167 channels or 1,000 closed dates passed
        // validation and then failed the build (a loop budget of 1,000 iterations), and an output past 1 Mi
        // characters would be cut short silently. Off, render cost is linear in the input.
        context.LoopLimit = 0;
        context.LoopLimitQueryable = 0;
        context.LimitToString = 0;
        context.OutputLimit = 0;
        context.TemplateLoader = new SetTemplateLoader(Templates);
        return template.Render(context);
    }

    private Template Parse(string relativePath) => _parsed.GetOrAdd(relativePath, path =>
    {
        var file = Templates.Open(path);
        var template = Template.Parse(file.Text, file.Name);
        if (template.HasErrors)
            throw new TemplateException(string.Join(Environment.NewLine, template.Messages.Select(m => m.ToString())));
        return template;
    });
}

/// <summary>A template that does not parse or render.</summary>
public sealed class TemplateException(string message) : Exception(message);
