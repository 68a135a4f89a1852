using System.Collections.Frozen;

namespace SslaPublisher.Inputs;

/// <summary>Input files held in memory, by full path: build a brand whose ssla.yaml and logo never touch the disk.</summary>
public sealed class MemoryFiles : IInputFiles
{
    private readonly FrozenDictionary<string, byte[]> _files;

    /// <summary>Files by path; relative paths are taken from the working directory, as the disk would.</summary>
    public MemoryFiles(IEnumerable<KeyValuePair<string, byte[]>> files) =>
        _files = files.ToFrozenDictionary(f => Path.GetFullPath(f.Key), f => f.Value, StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Exists(string path) => _files.ContainsKey(Path.GetFullPath(path));

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => _files.TryGetValue(Path.GetFullPath(path), out var bytes)
        ? bytes
        : throw new FileNotFoundException($"{path} is not among the files given.", path);
}
