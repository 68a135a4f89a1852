using System.Text.Json;
using SslaPublisher.Platforms.Counting;
using SslaPublisher.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SslaPublisher.Tests.Platforms.Counting;

/// <summary>twitter-text's own conformance data, read from ../shared at test time (never copied into the repository).</summary>
internal static class TwitterTextConformance
{
    /// <summary>
    /// The conformance folder: under <c>SSLA_SHARED</c> when set, else under <c>../shared</c> beside the checkout (as CI
    /// lays it out), else, in a git worktree, beside the main checkout the worktree belongs to.
    /// </summary>
    public static string Folder
    {
        get
        {
            var candidates = new List<string>();
            if (Environment.GetEnvironmentVariable("SSLA_SHARED") is { Length: > 0 } env) candidates.Add(env);
            candidates.Add(RepoPaths.Shared);
            if (MainCheckoutOfWorktree() is { } main) candidates.Add(Path.Combine(Path.GetDirectoryName(main)!, "shared"));
            var folders = candidates.Select(c => Path.Combine(c, "conformance", "twitter-text")).ToList();
            return folders.FirstOrDefault(Directory.Exists) ?? folders[0];
        }
    }

    // A worktree's .git is a file "gitdir: <main>/.git/worktrees/<name>".
    private static string? MainCheckoutOfWorktree()
    {
        var dotGit = Path.Combine(RepoPaths.Root, ".git");
        if (!File.Exists(dotGit)) return null;
        var line = File.ReadLines(dotGit).FirstOrDefault(l => l.StartsWith("gitdir:", StringComparison.Ordinal));
        if (line is null) return null;
        var gitDir = new DirectoryInfo(line["gitdir:".Length..].Trim());
        return gitDir.Parent?.Name == "worktrees" ? gitDir.Parent.Parent?.Parent?.FullName : null;
    }

    public sealed record Case(string Description, string Text, int WeightedLength);

    /// <summary>The cases of one group of validate.yml; fails loudly when the shared folder is missing.</summary>
    public static IReadOnlyList<Case> Group(string name)
    {
        var file = Require("validate.yml");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file)) yaml.Load(reader);
        var tests = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["tests"];
        return [.. ((YamlSequenceNode)tests[name]).Children.Cast<YamlMappingNode>().Select(c => new Case(
            ((YamlScalarNode)c["description"]).Value!,
            ((YamlScalarNode)c["text"]).Value!,
            int.Parse(((YamlScalarNode)((YamlMappingNode)c["expected"])["weightedLength"]).Value!, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    public static TopLevelDomains Tlds()
    {
        using var reader = new StreamReader(Require("tld_lib.yml"));
        return TopLevelDomains.Parse(reader);
    }

    public static JsonDocument ConfigV3() => JsonDocument.Parse(File.ReadAllText(Require("config-v3.json")));

    private static string Require(string name)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"twitter-text conformance data is missing: expected {path}. The shared folder must sit beside the repository (CI provides it).", path);
        return path;
    }
}
