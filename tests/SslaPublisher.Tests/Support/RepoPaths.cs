namespace SslaPublisher.Tests.Support;

/// <summary>Paths into the repository checkout, found by walking up from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Example(string brand = "acme-air") => Path.Combine(Root, "examples", brand, "ssla.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SslaPublisher.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
