namespace SslaPublisher.Input;

/// <summary>
/// An input file (ssla.yaml, a replies CSV, a logo) that cannot be used as given: missing, not a regular file, a
/// broken or looping symbolic link, unreadable, too large, or not text in a supported encoding. A problem of the
/// input, so commands exit 1; <see cref="Line"/> and <see cref="Column"/> locate it when it sits inside the file.
/// </summary>
/// <remarks>The message is <c>path: reason</c> for a problem of the whole file, <c>path:line:col: reason</c> inside it.</remarks>
public sealed class InputFileException(string path, string reason, int? line = null, int? column = null)
    : Exception(line is null ? $"{path}: {reason}" : $"{path}:{line}:{column ?? 1}: {reason}")
{
    /// <summary>The path as the user gave it.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; } = reason;

    /// <summary>1-based line of the problem; null for a problem of the whole file.</summary>
    public int? Line { get; } = line;

    /// <summary>1-based column of the problem; null for a problem of the whole file.</summary>
    public int? Column { get; } = column;
}
