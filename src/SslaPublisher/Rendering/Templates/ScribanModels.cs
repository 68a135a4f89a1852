namespace SslaPublisher.Rendering.Templates;

/// <summary>Why importing a template model into Scriban by reflection is safe in the trimmed, Native AOT tool.</summary>
internal static class ScribanModels
{
    /// <summary>The justification the Scriban call sites give the trim analyser.</summary>
    internal const string KeptWhole =
        "Template models are types of SslaPublisher, which the tool's partial trimming keeps whole (it is not marked " +
        "trimmable); scripts/test-package.sh compares the Native AOT tool's output with the JIT build's.";
}
