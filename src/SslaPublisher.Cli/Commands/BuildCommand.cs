using System.CommandLine;
using System.Globalization;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;
using SslaPublisher.Site.Brands;
using SslaPublisher.Site.Output;

namespace SslaPublisher.Cli.Commands;

/// <summary><c>ssla build</c>: renders one brand, or every brand under a folder, into a folder, atomically.</summary>
internal sealed class BuildCommand : SslaCommand
{
    private readonly Argument<string> _file = CommonOptions.DefinitionFile();
    private readonly Option<string> _output = new("--output", "-o") { Description = "Output folder (replaced as a whole).", DefaultValueFactory = _ => "site" };
    private readonly Option<string?> _templates = CommonOptions.Templates();
    private readonly Option<int> _parallel = CommonOptions.Parallel("Brands built at once in an agency folder (one per core unless set).", Environment.ProcessorCount);
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Render every brand again, even those whose inputs did not change." };
    private readonly Option<bool> _timings = new("--timings") { Description = "Print the time each stage took." };
    private readonly Option<bool> _force = CommonOptions.Force("Replace the output folder even when it holds files ssla did not write.");
    private readonly Option<BrandShard> _shard = CommonOptions.Shard();
    private readonly Option<bool> _indexOnly = CommonOptions.IndexOnly();
    private readonly Option<NodaTime.Instant?> _asOf = CommonOptions.AsOf("Bios, badges and banners state the promise in force at this instant (a notice's temporary promise in its window).");
    private readonly NodaTime.IClock _clock;

    /// <param name="clock">"Now", the default build instant for notices (tests pass a fake clock).</param>
    public BuildCommand(NodaTime.IClock clock) : base("build", """
        Build the promise site: pages, bios, badges, banners and the agreement.
        The output folder is replaced only when the whole build succeeded, never when it is, holds or lies inside
        an input folder, and only with --force when it holds files ssla did not write (no .ssla-output).
        Given an agency folder, builds every brand below it into <output>/<slug>/ in parallel, with an index of
        brands; brands whose ssla.yaml, logo and templates did not change are reused from the last build.

        Examples:
          ssla build examples/acme-air/ssla.yaml
          ssla build ssla.yaml -o ../public --templates my-templates
          ssla build brands/ -o site --timings
          ssla build brands/ -o site-2 --shard 2/4        (one runner of a CI matrix; see docs/ci.md)
          ssla build brands/ -o site-index --index-only  (the index, once every shard is built)
          ssla build ssla.yaml --as-of 2027-01-11T12:00:00Z   (bios, badges, banners as they stand then)
        """)
    {
        _clock = clock;
        _file.Description = "ssla.yaml, a folder holding one, or an agency folder: every ssla.yaml below it is built.";
        Command.Arguments.Add(_file);
        foreach (var option in new Option[] { _output, _templates, _parallel, _noCache, _timings, _force, _shard, _indexOnly, _asOf }) Command.Options.Add(option);
    }

    protected override string CancelledNote => "the previous output is untouched";

    /// <summary>
    /// The default stages with the templates and the build instant: <c>--as-of</c>, else the clock's now. The instant
    /// only chooses which notices' temporary promises bios, badges and banners state; no file records it.
    /// </summary>
    internal static SiteBuilder Builder(string? templates, NodaTime.Instant? asOf, NodaTime.IClock clock) =>
        SiteBuilder.CreateDefault(TemplateSet.Default.WithOverrides(templates)).StatingPromiseAt(asOf ?? clock.GetCurrentInstant());

    protected override async Task<int> RunAsync(CommandRun run)
    {
        var input = run.Get(_file)!;
        var outDir = run.Get(_output)!;
        var cancellationToken = run.CancellationToken;
        InputResolver.RequireExists(input);
        OutputGuard.CheckFolder(outDir, GuardedInputs.Of(input, run.Get(_templates)), run.Get(_force));
        var builder = Builder(run.Get(_templates), run.Get(_asOf), _clock);
        if (BrandDiscovery.IsSingleBrand(input))
        {
            CommonOptions.RequireAgencyForShards(input, run.Get(_shard)!, run.Get(_indexOnly));
            // One brand always draws badges and banners: SkiaSharp's set-up overlaps with loading and the pages.
            GraphicsWarmUp.Start();
            var promise = InputResolver.Load(input);
            var site = builder.BuildStagesAtOnce(promise, cancellationToken);
            FolderOutput.Write(site, outDir, promise.Brand.Slug, cancellationToken);
            await run.Output.WriteLineAsync($"Built {site.Files.Count} files ({site.TotalBytes:N0} bytes) for {promise.Brand.Name} into {outDir}/");
        }
        else
        {
            var options = new MultiBrandBuildOptions
            {
                Parallelism = run.Get(_parallel),
                UseCache = !run.Get(_noCache),
                Shard = run.Get(_shard)!,
                IndexOnly = run.Get(_indexOnly),
            };
            var results = new MultiBrandBuilder(builder).Build(input, outDir, options, cancellationToken);
            var reused = results.Count(r => r.Reused);
            var counts = $"{results.Count - reused} rendered, {reused} unchanged and reused";
            await run.Output.WriteLineAsync(
                options.IndexOnly ? $"Built the index of brands into {outDir}/; open {outDir}/index.html once every shard is in place"
                : options.Shard.IsPartial ? $"Built shard {options.Shard}: {results.Count} brands into {outDir}/ ({counts}), no index"
                : $"Built {results.Count} brands into {outDir}/ ({counts}); open {outDir}/index.html");
        }
        if (run.Get(_timings))
        {
            foreach (var (stage, total) in builder.Timings.Totals)
                await run.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} {total.TotalMilliseconds,10:F0} ms"));
        }
        return ExitCodes.Ok;
    }
}
