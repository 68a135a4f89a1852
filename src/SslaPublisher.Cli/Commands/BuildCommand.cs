using System.CommandLine;
using System.Globalization;
using SslaPublisher.Definition;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Fonts;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla build</c>: renders one brand, or every brand under a folder, into a folder, atomically.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var file = CommonOptions.DefinitionFile();
        file.Description = "ssla.yaml, a folder holding one, or an agency folder: every ssla.yaml below it is built.";
        var output = new Option<string>("--output", "-o") { Description = "Output folder (replaced as a whole).", DefaultValueFactory = _ => "site" };
        var templates = CommonOptions.Templates();
        var parallel = new Option<int>("--parallel")
        {
            Description = "Brands built at once in an agency folder (one per core unless set).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be at least 1.");
        });
        var noCache = new Option<bool>("--no-cache") { Description = "Render every brand again, even those whose inputs did not change." };
        var timings = new Option<bool>("--timings") { Description = "Print the time each stage took." };
        var force = CommonOptions.Force("Replace the output folder even when it holds files ssla did not write.");
        var command = new Command("build", """
            Build the promise site: pages, bios, badges, banners and the agreement.
            The output folder is replaced only when the whole build succeeded, never when it is, holds or lies inside
            an input folder, and only with --force when it holds files ssla did not write (no .ssla-output).
            Given an agency folder, builds every brand below it into <output>/<slug>/ in parallel, with an index of
            brands; brands whose ssla.yaml, logo and templates did not change are reused from the last build.

            Examples:
              ssla build examples/acme-air/ssla.yaml
              ssla build ssla.yaml -o public --templates my-templates
              ssla build brands/ -o site --timings
            """) { file, output, templates, parallel, noCache, timings, force };
        command.SetAction((parse, cancellationToken) =>
        {
            var input = parse.GetValue(file)!;
            var outDir = parse.GetValue(output)!;
            var console = parse.InvocationConfiguration.Output;
            try
            {
                OutputGuard.CheckFolder(outDir, GuardedInputs.Of(input, parse.GetValue(templates)), parse.GetValue(force));
                var builder = SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(parse.GetValue(templates)));
                if (BrandDiscovery.IsSingleBrand(input))
                {
                    var promise = new PromiseLoader().LoadFile(InputResolver.DefinitionPath(input));
                    var site = builder.Build(promise);
                    FolderOutput.Write(site, outDir);
                    console.WriteLine($"Built {site.Files.Count} files ({site.TotalBytes:N0} bytes) for {promise.Brand.Name} into {outDir}/");
                }
                else
                {
                    var options = new MultiBrandBuildOptions { Parallelism = parse.GetValue(parallel), UseCache = !parse.GetValue(noCache) };
                    var results = new MultiBrandBuilder(builder).Build(input, outDir, options, cancellationToken);
                    var reused = results.Count(r => r.Reused);
                    console.WriteLine($"Built {results.Count} brands into {outDir}/ ({results.Count - reused} rendered, {reused} unchanged and reused); open {outDir}/index.html");
                }
                if (parse.GetValue(timings))
                {
                    foreach (var (stage, total) in builder.Timings.Totals)
                        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} {total.TotalMilliseconds,10:F0} ms"));
                }
                return Task.FromResult(ExitCodes.Ok);
            }
            catch (DefinitionException e)
            {
                return Task.FromResult(DiagnosticsPrinter.Print(e, parse.InvocationConfiguration.Error));
            }
            catch (OutputRefusedException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(ExitCodes.Usage);
            }
            catch (OperationCanceledException)
            {
                parse.InvocationConfiguration.Error.WriteLine("Cancelled; the previous output is untouched.");
                return Task.FromResult(ExitCodes.Cancelled);
            }
            catch (Exception e) when (BuildProblems.AreInputProblems(e))
            {
                // Brands build in parallel: report every brand whose texts cannot be rendered, not just the first.
                foreach (var problem in BuildProblems.Messages(e)) parse.InvocationConfiguration.Error.WriteLine($"error: {problem}");
                return Task.FromResult(ExitCodes.Invalid);
            }
            catch (Exception e) when (BuildProblems.AreAll<FontNotFoundException>(e))
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {BuildProblems.Messages(e).First()}");
                return Task.FromResult(ExitCodes.Failure);
            }
        });
        return command;
    }
}
