using SslaPublisher.Definition;
using SslaPublisher.Inputs;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher;

/// <summary>
/// The library's entry point: load a brand's ssla.yaml and build everything <c>ssla build</c> builds, in memory, with
/// the templates, strings, platform data and fonts inside the library (no files beside it).
/// </summary>
/// <example>
/// <code>
/// var site = SslaSite.Build("examples/acme-air");            // a folder holding ssla.yaml, or the file itself
/// foreach (var file in site.Files.Values) Console.WriteLine($"{file.Path} {file.Content.Length}");
/// SslaSite.WriteTo(site, "out");                              // or publish the files wherever you like
/// </code>
/// </example>
/// <remarks>
/// Every method is safe to call from several threads at once (the agency build does); errors are exceptions:
/// <see cref="DefinitionException"/> for an invalid ssla.yaml (every problem, located), <see cref="Rendering.RenderException"/>
/// for output the input cannot fit (a bio too long for every variant), <see cref="Rendering.Fonts.FontNotFoundException"/>
/// for CJK text on a machine without a CJK font.
/// </remarks>
public static class SslaSite
{
    private const string DefinitionFileName = "ssla.yaml";

    /// <summary>Loads and validates the brand at <paramref name="path"/> (a folder holding ssla.yaml, or the file).</summary>
    /// <exception cref="DefinitionException">The file is missing or invalid; every problem is listed.</exception>
    public static Promise Load(string path, SslaSiteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= SslaSiteOptions.Default;
        return new PromiseLoader(files: options.Files).LoadFile(DefinitionPath(path));
    }

    /// <summary>Builds the whole site of the brand at <paramref name="path"/>, in memory, sorted by path.</summary>
    /// <exception cref="DefinitionException">The file is missing or invalid; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SiteContent Build(string path, SslaSiteOptions? options = null, CancellationToken cancellationToken = default) =>
        Build(Load(path, options), options, cancellationToken);

    /// <summary>Builds the whole site of an already loaded <paramref name="promise"/>, in memory.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SiteContent Build(Promise promise, SslaSiteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(promise);
        options ??= SslaSiteOptions.Default;
        var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(options.TemplatesDirectory), options.Files)
            .StatingPromiseAt(options.AsOf);
        return builder.Build(promise, cancellationToken);
    }

    /// <summary>Replaces <paramref name="directory"/> with exactly the files of <paramref name="site"/> (atomically, as <c>ssla build</c> does).</summary>
    public static void WriteTo(SiteContent site, string directory, CancellationToken cancellationToken = default) =>
        FolderOutput.Write(site, directory, cancellationToken);

    // A folder means the ssla.yaml inside it, as on the command line.
    private static string DefinitionPath(string path) =>
        Directory.Exists(path) ? Path.Combine(path, DefinitionFileName) : path;
}

/// <summary>Options of <see cref="SslaSite"/>.</summary>
public sealed record SslaSiteOptions
{
    /// <summary>No overrides, files from the disk.</summary>
    public static SslaSiteOptions Default { get; } = new();

    /// <summary>A folder of template overrides (same relative paths as the built-ins), as <c>--templates</c>; null for none.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>
    /// The instant bios, badges and banners state the promise at (a notice's temporary promise while its window holds
    /// it), as <c>ssla build --as-of</c>; null (the default) for the channels' own promises. Never written into a file.
    /// </summary>
    public NodaTime.Instant? AsOf { get; init; }

    /// <summary>Where ssla.yaml and the logo are read from: the disk, or e.g. <see cref="MemoryFiles"/>.</summary>
    public IInputFiles Files { get; init; } = DiskFiles.Instance;
}
