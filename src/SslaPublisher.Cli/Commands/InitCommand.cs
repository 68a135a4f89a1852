using System.CommandLine;
using SslaPublisher.Cli.Errors;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla init</c>: writes a commented starter ssla.yaml that validates as it is.</summary>
internal sealed class InitCommand : SslaCommand
{
    // No DefaultValueFactory: the root help would print its "[default: .]" after the last example line.
    private readonly Argument<string?> _dir = new("dir") { Description = "Folder to write ssla.yaml into (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<bool> _force = CommonOptions.Force("Overwrite an existing ssla.yaml.");

    public InitCommand() : base("init", """
        Write a commented starter ssla.yaml to edit.

        Examples:
          ssla init
          ssla init my-brand
        """)
    {
        Command.Arguments.Add(_dir);
        Command.Options.Add(_force);
    }

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var folder = run.Get(_dir) ?? ".";
        var target = Path.Combine(folder, "ssla.yaml");
        if (File.Exists(target) && !run.Get(_force))
            throw CommandFailure.Input($"{target} already exists; use --force to replace it.");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(target, TemplateSet.Default.ReadText("init/ssla.yaml"), run.CancellationToken);
        // The site must not land inside the brand folder (see OutputGuard): from inside it, build into a sibling.
        var insideBrand = RealPath.IsSameOrInside(RealPath.Of("."), RealPath.Of(folder));
        var build = insideBrand ? $"ssla build {target} -o ../site" : $"ssla build {folder}";
        await run.Output.WriteLineAsync($"Wrote {target}. Edit it, then run: {build}");
        return ExitCodes.Ok;
    }
}
