using SslaPublisher.Definition;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Bench;

/// <summary>The brands the build benchmarks render: the shipped example and a generated five-channel brand.</summary>
public static class BenchBrands
{
    /// <summary>Parameter value for <c>examples/acme-air</c>.</summary>
    public const string Example = "example";

    /// <summary>Parameter value for a brand written by <see cref="SampleBrands"/> (5 channels, with the example's logo).</summary>
    public const string Generated5 = "generated-5ch";

    /// <summary>The repository root, found by walking up from the working directory to <c>SslaPublisher.sln</c>.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Loads the brand named by <paramref name="which"/>; generated brands are written under <paramref name="scratch"/>.</summary>
    public static Promise Load(string which, string scratch)
    {
        var example = Path.Combine(RepoRoot, "examples", "acme-air", "ssla.yaml");
        var path = which switch
        {
            Example => example,
            Generated5 => SampleBrands.Write(scratch, count: 1, channels: 5,
                logo: Path.Combine(Path.GetDirectoryName(example)!, "logo.png"))[0],
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, "unknown benchmark brand"),
        };
        return new PromiseLoader().LoadFile(path);
    }

    // BenchmarkDotNet runs from bin/Release/...; the example and the templates live in the checkout.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SslaPublisher.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SslaPublisher.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository (SslaPublisher.sln not found).");
    }
}
