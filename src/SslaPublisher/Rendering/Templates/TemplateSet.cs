namespace SslaPublisher.Rendering.Templates;

/// <summary>
/// Finds template files: a user's override folder first (<c>--templates</c>), file by file, then the built-in set.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>Creates a set over the built-in folder and an optional override folder.</summary>
    public TemplateSet(string builtInDirectory, string? overrideDirectory = null)
    {
        BuiltInDirectory = Path.GetFullPath(builtInDirectory);
        OverrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);
    }

    /// <summary>The built-in templates shipped beside the tool.</summary>
    public static TemplateSet Default { get; } = new(FindBuiltInDirectory());

    /// <summary>Folder of the built-in templates.</summary>
    public string BuiltInDirectory { get; }

    /// <summary>Folder whose files replace built-in ones of the same relative path, if any.</summary>
    public string? OverrideDirectory { get; }

    /// <summary>The same built-ins with <paramref name="overrideDirectory"/> on top.</summary>
    public TemplateSet WithOverrides(string? overrideDirectory) => new(BuiltInDirectory, overrideDirectory);

    /// <summary>Full path of the template at <paramref name="relativePath"/> (e.g. <c>pages/index.html.sbn</c>).</summary>
    /// <exception cref="FileNotFoundException">Neither folder has it.</exception>
    public string Resolve(string relativePath)
    {
        if (OverrideDirectory is not null)
        {
            var candidate = Path.Combine(OverrideDirectory, relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        var builtIn = Path.Combine(BuiltInDirectory, relativePath);
        return File.Exists(builtIn)
            ? builtIn
            : throw new FileNotFoundException($"Template '{relativePath}' is not in {OverrideDirectory ?? "(no override folder)"} nor in {BuiltInDirectory}.", builtIn);
    }

    /// <summary>Full path of the template, or null when neither folder has it.</summary>
    public string? TryResolve(string relativePath)
    {
        try
        {
            return Resolve(relativePath);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The text of a template.</summary>
    public string ReadText(string relativePath) => File.ReadAllText(Resolve(relativePath));

    /// <summary>Relative paths of every file under <paramref name="folder"/>, overrides merged over built-ins, sorted.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        IEnumerable<string> Under(string? root) => root is null || !Directory.Exists(Path.Combine(root, folder))
            ? []
            : Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
        return [.. Under(BuiltInDirectory).Union(Under(OverrideDirectory)).Order(StringComparer.Ordinal)];
    }

    // The templates folder ships beside the assembly; in a source checkout, walk up to the repository's copy.
    private static string FindBuiltInDirectory()
    {
        var env = Environment.GetEnvironmentVariable("SSLA_TEMPLATES");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
