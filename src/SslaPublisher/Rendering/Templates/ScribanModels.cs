using System.Diagnostics.CodeAnalysis;
using Scriban.Runtime;

namespace SslaPublisher.Rendering.Templates;

/// <summary>A template model as Scriban globals: the one place ssla hands a model to Scriban's reflection.</summary>
internal static class ScribanModels
{
    /// <summary>
    /// The public members of <paramref name="model"/> as globals, named as templates write them (<c>reply_time</c>).
    /// </summary>
    // Scriban reads the model's properties by reflection, which the trim analyser flags. Template models are types of
    // SslaPublisher, which the Native AOT tool's partial trimming keeps whole (it is not marked trimmable), and
    // scripts/test-package.sh compares that tool's output with the JIT build's.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Template models are types of SslaPublisher, which partial trimming keeps whole.")]
    public static ScriptObject Import(object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => StandardMemberRenamer.Rename(member));
        return globals;
    }
}
