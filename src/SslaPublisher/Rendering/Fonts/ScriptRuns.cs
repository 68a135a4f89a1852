using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SslaPublisher.Formatting;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// Splits a paragraph into script runs the way browsers itemize text before shaping (ICU's <c>uscript_nextRun</c>,
/// which Blink's script run iterator follows): spaces, digits and punctuation (Common) join the run they follow, or
/// the first script after them at the start; an opening bracket remembers the script around it and its closing
/// pair takes that script back, so in "नमस्ते (help) *Mon" the ") *" belongs to the Devanagari run and "Mon" starts
/// a new one. Runs are found on the logical text of the whole paragraph, across bidi runs, as browsers do: in
/// "…דקות *Mon" the " *" is Hebrew even though it is laid out left to right with "Mon".
/// </summary>
/// <remarks>
/// It matters for widths because a face's contextual forms apply only inside one shaped run: Inter's asterisk
/// before a capital is drawn in another form, 9 px wider at 64 px, which Chromium does not use after Hebrew.
/// Scripts are <see cref="ScriptClass"/>'s coarse classes; brackets are Unicode's paired brackets, from ICU.
/// </remarks>
internal static class ScriptRuns
{
    private static readonly ConditionalWeakTable<BidiParagraph, ScriptRunMap> Known = new();

    /// <summary>The script runs of the paragraph's text: each UTF-16 unit's run and each run's script.</summary>
    public static ScriptRunMap Of(BidiParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return Known.GetValue(paragraph, p => Resolve(p.Text));
    }

    private static ScriptRunMap Resolve(string text)
    {
        var ids = new int[text.Length];
        var scripts = new List<int>();
        var open = new List<(int Close, int Script)>();
        var run = 0;
        var runScript = ScriptClass.Common;
        var runStack = 0; // the open brackets pushed since the run began take its script once it has one
        for (var i = 0; i < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text, i);
            var cluster = text.AsSpan(i, length);
            var script = ScriptClass.Of(cluster);
            Rune.DecodeFromUtf16(cluster, out var rune, out _);
            var pair = IcuCharacterProperties.BracketPair(rune.Value);
            if (pair > 0) open.Add((pair, runScript));
            else if (pair < 0)
            {
                while (open.Count > 0 && open[^1].Close != rune.Value) open.RemoveAt(open.Count - 1);
                runStack = Math.Min(runStack, open.Count);
                if (open.Count > 0) script = open[^1].Script;
            }

            if (runScript != ScriptClass.Common && script != ScriptClass.Common && script != runScript)
            {
                // A new run starts here, with this cluster deciding its script.
                scripts.Add(runScript);
                run++;
                runStack = open.Count;
                runScript = script;
            }
            else if (runScript == ScriptClass.Common && script != ScriptClass.Common)
            {
                runScript = script;
                for (var k = runStack; k < open.Count; k++) open[k] = (open[k].Close, script);
            }
            if (pair < 0 && open.Count > 0) open.RemoveAt(open.Count - 1);
            runStack = Math.Min(runStack, open.Count);

            ids.AsSpan(i, length).Fill(run);
            i += length;
        }
        scripts.Add(runScript);
        return new ScriptRunMap(ids, [.. scripts]);
    }
}
