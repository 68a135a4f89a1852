namespace SslaPublisher.Input;

/// <summary>
/// An input file (ssla.yaml, a replies CSV, a logo) that cannot be used as given: missing, not a regular file, a
/// broken or looping symbolic link, unreadable, too large, or not text in a supported encoding. A problem of the
/// input, so commands exit 1; <see cref="Line"/> and <see cref="Column"/> locate it when it sits inside the file.
/// </summary>
public sealed class InputFileException(string path, string reason, int line = 1, int column = 1)
    : Exception($"{path}:{line}:{column}: {reason}")
{
    /// <summary>The path as the user gave it.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; } = reason;

    /// <summary>1-based line of the problem (1 for problems of the whole file).</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; } = column;
}
