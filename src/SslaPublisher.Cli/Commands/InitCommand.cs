using System.CommandLine;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla init</c>: writes a commented starter ssla.yaml that validates as it is.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        // No DefaultValueFactory: the root help would print its "[default: .]" after the last example line.
        var dir = new Argument<string?>("dir") { Description = "Folder to write ssla.yaml into (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing ssla.yaml." };
        var command = new Command("init", """
            Write a commented starter ssla.yaml to edit.

            Examples:
              ssla init
              ssla init my-brand
            """) { dir, force };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir) ?? ".";
            var target = Path.Combine(folder, "ssla.yaml");
            if (File.Exists(target) && !parse.GetValue(force))
            {
                parse.InvocationConfiguration.Error.WriteLine($"{target} already exists; use --force to replace it.");
                return ExitCodes.Invalid;
            }
            Directory.CreateDirectory(folder);
            File.WriteAllText(target, TemplateSet.Default.ReadText("init/ssla.yaml"));
            // The site must not land inside the brand folder (see OutputGuard): from inside it, build into a sibling.
            var insideBrand = RealPath.IsSameOrInside(RealPath.Of("."), RealPath.Of(folder));
            var build = insideBrand ? $"ssla build {target} -o ../site" : $"ssla build {folder}";
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {target}. Edit it, then run: {build}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
