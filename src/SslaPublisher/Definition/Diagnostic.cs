namespace SslaPublisher.Definition;

/// <summary>One problem found in an input file, located to the line and column (both 1-based).</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, starting with the field.</param>
/// <param name="IsWarning">True for something worth fixing that does not stop a build (a missing translation).</param>
public sealed record Diagnostic(string File, int Line, int Column, string Message, bool IsWarning = false)
{
    /// <summary>
    /// The compiler-style form editors and CI logs understand: <c>file:line:col: message</c>, or
    /// <c>file:line:col: warning: message</c>.
    /// </summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {(IsWarning ? "warning: " : "")}{Message}";
}

/// <summary>Thrown when an input file has problems; carries every problem found, not just the first.</summary>
public sealed class DefinitionException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    /// <summary>All problems, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
