namespace SslaPublisher.Definition;

/// <summary>One problem found in an input file, located to the line and column (both 1-based).</summary>
public sealed record Diagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form editors and CI logs understand: <c>file:line:col: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>Thrown when an input file has problems; carries every problem found, not just the first.</summary>
public sealed class DefinitionException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    /// <summary>All problems, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
