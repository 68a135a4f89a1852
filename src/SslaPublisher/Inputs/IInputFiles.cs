namespace SslaPublisher.Inputs;

/// <summary>
/// The one way the library reads a user's files (ssla.yaml, the logo): the disk by default, or anything else a caller
/// provides (memory, an archive, a blob store), so the library never reaches around it.
/// </summary>
/// <remarks>Implementations are called from parallel brand builds and must be safe to share between threads.</remarks>
public interface IInputFiles
{
    /// <summary>True when <paramref name="path"/> names a readable file.</summary>
    bool Exists(string path);

    /// <summary>The bytes of the file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    byte[] ReadAllBytes(string path);
}
