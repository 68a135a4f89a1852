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
}
