using Scriban;
using Scriban.Runtime;

namespace SslaPublisher.Rendering.Templates;

/// <summary>Scriban's built-in functions (<c>array.join</c>, <c>string.upcase</c>, …), made once and shared, read-only.</summary>
/// <remarks>
/// A <see cref="TemplateContext"/> made without a built-in object deep-copies Scriban's default one (a few hundred
/// functions and their delegates): in a 50-brand build's trace that copy was 5–6 % of all CPU, more than rendering
/// most of the small templates it was made for. One copy serves every context instead. It and each of its objects
/// are read-only, so a template that tried to change one (<c>date.format = …</c>) fails with Scriban's error
/// instead of changing it for the next render or another thread; reading a dictionary from several threads at once
/// is safe once nothing writes to it.
/// </remarks>
public static class ScribanBuiltins
{
    private static readonly Lazy<ScriptObject> Instance = new(Create);

    /// <summary>The shared, read-only built-in object to pass to <see cref="TemplateContext(ScriptObject)"/>.</summary>
    public static ScriptObject Shared => Instance.Value;

    private static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var value in builtins.Values)
            if (value is ScriptObject member) member.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }
}
