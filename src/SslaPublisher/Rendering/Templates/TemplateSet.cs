using System.Collections.Frozen;
using System.Text;

namespace SslaPublisher.Rendering.Templates;

/// <summary>
/// The template files: a user's override folder first (<c>--templates</c>), file by file, then the built-in set,
/// which is embedded in the library (the repository's <c>templates/</c> folder, compiled in) so that the tool and the
/// library need no files beside them.
/// </summary>
/// <remarks>Immutable and safe to share between threads; override files are read when asked for.</remarks>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "templates/";

    private static readonly Lazy<FrozenDictionary<string, string>> BuiltIns = new(IndexBuiltIns);

    /// <summary>Creates a set of the built-ins with an optional override folder on top.</summary>
    public TemplateSet(string? overrideDirectory = null) =>
        OverrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);

    /// <summary>The built-in templates alone.</summary>
    public static TemplateSet Default { get; } = new();

    /// <summary>Folder whose files replace built-in ones of the same relative path, if any.</summary>
    public string? OverrideDirectory { get; }

    /// <summary>The same built-ins with <paramref name="overrideDirectory"/> on top.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822",
        Justification = "Reads as 'this set with overrides' at every call site; the built-ins are shared, so the instance carries no state to copy yet.")]
    public TemplateSet WithOverrides(string? overrideDirectory) => new(overrideDirectory);

    /// <summary>True when the override folder or the built-ins have <paramref name="relativePath"/>.</summary>
    public bool Exists(string relativePath) => OverridePath(relativePath) is not null || BuiltIns.Value.ContainsKey(relativePath);

    /// <summary>The template at <paramref name="relativePath"/> (e.g. <c>pages/index.html.sbn</c>).</summary>
    /// <exception cref="FileNotFoundException">Neither the override folder nor the built-ins have it.</exception>
    public TemplateFile Open(string relativePath)
    {
        if (OverridePath(relativePath) is { } path) return new TemplateFile(relativePath, path, File.ReadAllBytes(path));
        if (BuiltIns.Value.TryGetValue(relativePath, out var resource)) return new TemplateFile(relativePath, "built-in " + relativePath, ReadResource(resource));
        throw new FileNotFoundException(
            $"Template '{relativePath}' is not in {OverrideDirectory ?? "(no override folder)"} nor among the built-in templates.", relativePath);
    }

    /// <summary>The text of a template.</summary>
    /// <exception cref="FileNotFoundException">Neither the override folder nor the built-ins have it.</exception>
    public string ReadText(string relativePath) => Open(relativePath).Text;

    /// <summary>Relative paths of every file under <paramref name="folder"/>, overrides merged over built-ins, sorted.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var builtIn = BuiltIns.Value.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal));
        return [.. builtIn.Union(OverridesUnder(folder)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every file of the set (overrides replacing built-ins), sorted by relative path.</summary>
    public IEnumerable<TemplateFile> All() =>
        BuiltIns.Value.Keys.Union(OverridesUnder("")).Order(StringComparer.Ordinal).Select(Open);

    private string? OverridePath(string relativePath)
    {
        if (OverrideDirectory is null) return null;
        var candidate = Path.Combine(OverrideDirectory, relativePath);
        return File.Exists(candidate) ? candidate : null;
    }

    private IEnumerable<string> OverridesUnder(string folder)
    {
        if (OverrideDirectory is null) return [];
        var root = Path.Combine(OverrideDirectory, folder);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(OverrideDirectory, f).Replace('\\', '/'))
            : [];
    }

    // Relative path (always '/') → manifest resource name (MSBuild writes the folder separator of the build machine).
    private static FrozenDictionary<string, string> IndexBuiltIns() =>
        typeof(TemplateSet).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal);

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in template resource {name} is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}

/// <summary>One template file's bytes and where they came from.</summary>
/// <param name="RelativePath">Its path inside the set (e.g. <c>i18n/en.yaml</c>).</param>
/// <param name="Name">The override file's full path, or <c>built-in</c> and the relative path: for error messages.</param>
/// <param name="Bytes">Its content.</param>
public sealed record TemplateFile(string RelativePath, string Name, byte[] Bytes)
{
    /// <summary>The content as text (UTF-8 unless a byte order mark says otherwise, as <see cref="File.ReadAllText(string)"/> reads it).</summary>
    public string Text
    {
        get
        {
            using var reader = new StreamReader(new MemoryStream(Bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
    }
}
