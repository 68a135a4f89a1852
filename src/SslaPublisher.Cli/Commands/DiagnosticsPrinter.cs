using SslaPublisher.Definition;

namespace SslaPublisher.Cli.Commands;

/// <summary>Prints located problems the way compilers do, one a line, then a count.</summary>
internal static class DiagnosticsPrinter
{
    public static int Print(DefinitionException problem, TextWriter error)
    {
        foreach (var d in problem.Diagnostics) error.WriteLine(d.ToString());
        error.WriteLine(problem.Diagnostics.Count == 1 ? "1 problem found." : $"{problem.Diagnostics.Count} problems found.");
        return ExitCodes.Invalid;
    }
}
