namespace SslaPublisher.Inputs;

/// <summary>Input files read from the file system, paths as given (relative to the working directory).</summary>
public sealed class DiskFiles : IInputFiles
{
    private DiskFiles()
    {
    }

    /// <summary>The one instance (it holds no state).</summary>
    public static DiskFiles Instance { get; } = new();

    /// <inheritdoc />
    public bool Exists(string path) => File.Exists(path);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);
}
