using Markdig;

namespace SslaPublisher.Rendering.Markdown;

/// <summary>The Markdig pipeline for prose fields of ssla.yaml (summaries, rules, statements).</summary>
/// <remarks>
/// Extensions are chosen one by one rather than with <c>UseAdvancedExtensions()</c>: that bundle includes
/// GenericAttributes, which turns <c>{onclick=…}</c> into real attributes even with raw HTML disabled. What prose
/// on a promise page needs is small: bare URLs become links (a status page in a crisis statement), and
/// <c>~~strike~~</c>. Raw HTML is off, so <c>&lt;script&gt;</c> in the YAML is shown as text. The parsed tree still goes
/// through <see cref="ProseSanitizer"/> before it is written, because Markdig keeps <c>javascript:</c> links.
/// </remarks>
public static class ProsePipeline
{
    /// <summary>The shared, immutable pipeline.</summary>
    public static MarkdownPipeline Instance { get; } = Builder().Build();

    /// <summary>The same pipeline keeping each element's exact position in the source, for edits of the Markdown itself.</summary>
    public static MarkdownPipeline WithSourcePositions { get; } = Builder().UsePreciseSourceLocation().Build();

    private static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks(new Markdig.Extensions.AutoLinks.AutoLinkOptions { OpenInNewWindow = false, UseHttpsForWWWLinks = true })
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough);
}
