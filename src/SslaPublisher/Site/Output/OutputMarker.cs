namespace SslaPublisher.Site.Output;

/// <summary>
/// <c>.ssla-output</c>: the file ssla writes into every folder it makes, so that a later run may replace that folder
/// and no other. A non-empty folder without it is someone's files, and ssla replaces it only with <c>--force</c>.
/// </summary>
/// <remarks>
/// The marker names what made the folder: outputs (a site, a report, a published folder) replace one another, but
/// a folder of sample brands is an input a user edits, so only <c>sample-brands</c> itself writes over it.
/// The text is fixed, so outputs stay byte-identical from run to run.
/// </remarks>
public static class OutputMarker
{
    /// <summary>The marker's file name, in the folder's root (hidden, never published).</summary>
    public const string FileName = ".ssla-output";

    private const string Header = "This folder was written by ssla, which replaces it on its next run. Delete this file to stop that.\n";

    /// <summary>The marker's exact text for a kind of folder.</summary>
    public static string Text(OutputKind kind) => $"{Header}kind: {Name(kind)}\n";

    /// <summary>Writes the marker into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder, OutputKind kind) => File.WriteAllText(Path.Combine(folder, FileName), Text(kind));

    /// <summary>The kind of folder <paramref name="folder"/> is marked as, or null when it has no (readable) marker.</summary>
    public static OutputKind? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            if (!File.Exists(path)) return null;
            var text = File.ReadAllText(path);
            foreach (var kind in Enum.GetValues<OutputKind>())
                if (text.Contains($"kind: {Name(kind)}\n", StringComparison.Ordinal)) return kind;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Name(OutputKind kind) => kind switch
    {
        OutputKind.Output => "output",
        OutputKind.SampleBrands => "sample-brands",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>What a marked folder holds.</summary>
public enum OutputKind
{
    /// <summary>Something ssla made from inputs: a site, an agency site, a report, a published folder.</summary>
    Output,

    /// <summary>Generated brands (<c>ssla sample-brands</c>): inputs, replaced only by the same command.</summary>
    SampleBrands,
}
