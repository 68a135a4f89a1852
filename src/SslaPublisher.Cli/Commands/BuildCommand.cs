using System.CommandLine;
using SslaPublisher.Definition;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla build</c>: renders the promise site into a folder, atomically.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var file = CommonOptions.DefinitionFile();
        var output = new Option<string>("--output", "-o") { Description = "Output folder (replaced as a whole).", DefaultValueFactory = _ => "site" };
        var templates = CommonOptions.Templates();
        var command = new Command("build", """
            Build the promise site: pages, bios, badges and banners.
            The output folder is replaced only when the whole build succeeded.

            Examples:
              ssla build examples/acme-air/ssla.yaml
              ssla build ssla.yaml -o public --templates my-templates
            """) { file, output, templates };
        command.SetAction(parse =>
        {
            var path = InputResolver.DefinitionPath(parse.GetValue(file)!);
            var outDir = parse.GetValue(output)!;
            try
            {
                var promise = new PromiseLoader().LoadFile(path);
                var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(parse.GetValue(templates)));
                var site = builder.Build(promise);
                FolderOutput.Write(site, outDir);
                parse.InvocationConfiguration.Output.WriteLine(
                    $"Built {site.Files.Count} files ({site.TotalBytes:N0} bytes) for {promise.Brand.Name} into {outDir}/");
                return ExitCodes.Ok;
            }
            catch (DefinitionException e)
            {
                return DiagnosticsPrinter.Print(e, parse.InvocationConfiguration.Error);
            }
            catch (BioDoesNotFitException e)
            {
                // Invalid input, not a failure: the channel's texts are too long for the platform.
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return ExitCodes.Invalid;
            }
        });
        return command;
    }
}
