using System.CommandLine;

namespace SslaPublisher.Cli.Commands;

/// <summary>Arguments and options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string> DefinitionFile() => new("file")
    {
        Description = "Path of ssla.yaml (or of a folder holding one).",
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "Folder whose files replace built-in templates of the same relative path.",
    };

    public static Option<bool> Force(string description) => new("--force") { Description = description };

    /// <summary><c>--parallel</c>: how many things at once, at least one.</summary>
    public static Option<int> Parallel(string description, int byDefault)
    {
        var parallel = new Option<int>("--parallel") { Description = description, DefaultValueFactory = _ => byDefault };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be at least 1.");
        });
        return parallel;
    }
}
