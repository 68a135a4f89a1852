using SslaPublisher.Rendering.Templates;
using SslaPublisher.Tests.Support;

namespace SslaPublisher.Tests.Rendering.Templates;

/// <summary>The built-in functions every render shares (ScribanBuiltins) stay as Scriban made them.</summary>
public sealed class ScribanBuiltinsTests
{
    [Fact]
    public void Templates_use_the_builtins_in_text_and_html()
    {
        using var dir = new TempDir();
        dir.Write("join.sbn", "{{ array.join items '-' }} {{ string.upcase name }}");
        var renderer = new TemplateRenderer(new TemplateSet(dir.Path));

        Assert.Equal("a-b C&D", renderer.RenderText("join.sbn", new { Items = new[] { "a", "b" }, Name = "c&d" }));
        Assert.Equal("a-b C&amp;D", renderer.RenderHtml("join.sbn", new { Items = new[] { "a", "b" }, Name = "c&d" }));
    }

    [Fact]
    public void A_template_cannot_change_a_builtin_for_later_renders()
    {
        using var dir = new TempDir();
        dir.Write("change.sbn", "{{ date.format = '%Y' }}");
        dir.Write("replace.sbn", "{{ string.upcase = 1 }}");
        dir.Write("use.sbn", "{{ string.upcase 'x' }}|{{ date.format }}");
        var renderer = new TemplateRenderer(new TemplateSet(dir.Path));
        var before = renderer.RenderText("use.sbn", new { });

        var change = Assert.ThrowsAny<Exception>(() => renderer.RenderText("change.sbn", new { }));
        Assert.Contains("change.sbn", change.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => renderer.RenderText("replace.sbn", new { }));

        Assert.Equal(before, renderer.RenderText("use.sbn", new { }));
        Assert.StartsWith("X|", before, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_may_still_name_its_own_variables_like_a_builtin_object()
    {
        using var dir = new TempDir();
        dir.Write("local.sbn", "{{ math = 3 }}{{ math }}");
        dir.Write("use.sbn", "{{ -2 | math.abs }}");
        var renderer = new TemplateRenderer(new TemplateSet(dir.Path));

        Assert.Equal("3", renderer.RenderText("local.sbn", new { }));
        Assert.Equal("2", renderer.RenderText("use.sbn", new { }));
    }
}
