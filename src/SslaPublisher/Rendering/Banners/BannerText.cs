using Scriban;
using Scriban.Runtime;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Banners;

/// <summary>Fills a layout's text blocks from a <see cref="BannerModel"/>.</summary>
public static class BannerText
{
    /// <summary>The text of each block, in order; blocks whose text comes out empty are left out.</summary>
    /// <exception cref="DefinitionException">A block uses a name the model does not have.</exception>
    public static IReadOnlyList<(TextBlockLayout Block, string Text)> Fill(BannerLayout layout, BannerModel model)
    {
        var result = new List<(TextBlockLayout, string)>();
        // One context for all the blocks of a banner (with the shared built-ins, ScribanBuiltins); each block renders
        // into an output of its own.
        var globals = ScribanModels.Import(Isolated(model));
        var context = new TemplateContext(ScribanBuiltins.Shared) { StrictVariables = true, MemberRenamer = member => StandardMemberRenamer.Rename(member) };
        context.PushGlobal(globals);
        foreach (var block in layout.Text.Blocks)
        {
            string text;
            context.PushOutput();
            try
            {
                text = block.Text.Render(context);
            }
            catch (Scriban.Syntax.ScriptRuntimeException e)
            {
                throw new DefinitionException([new Diagnostic(layout.SourcePath, block.Line, block.Column, $"{block.Field}.text: {e.OriginalMessage}")]);
            }
            finally
            {
                context.PopOutput();
            }
            // Line breaks in the source would be drawn as boxes; the layout wraps text itself.
            text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
            if (text.Length > 0) result.Add((block, Unwrapped(text)));
        }
        return result;
    }

    // Each value is a directional isolate, so it keeps its own direction inside a sentence of another script.
    private static BannerModel Isolated(BannerModel m) => new(
        BidiParagraph.Isolate(m.BrandName), BidiParagraph.Isolate(m.Website), BidiParagraph.Isolate(m.Platform),
        BidiParagraph.Isolate(m.Handle), BidiParagraph.Isolate(m.ReplyWithin), BidiParagraph.Isolate(m.Hours),
        BidiParagraph.Isolate(m.Platforms))
    {
        Headline = BidiParagraph.Isolate(m.Headline),
        Action = BidiParagraph.Isolate(m.Action),
        PromiseUrl = BidiParagraph.Isolate(m.PromiseUrl),
        Language = m.Language,
    };

    // A block that is one value alone needs no isolate: its own first strong character should set its direction.
    // The value may hold isolates of its own (the headline isolates its duration), so the outer pair must match.
    private static string Unwrapped(string text) =>
        text.Length >= 2 && text[0] == '\u2068' && ClosingIsolate(text) == text.Length - 1 ? text[1..^1] : text;

    // Where the isolate opened at index 0 closes, or -1.
    private static int ClosingIsolate(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\u2066' or '\u2067' or '\u2068') depth++;
            else if (text[i] == '\u2069' && --depth == 0) return i;
        }
        return -1;
    }
}
