using SslaPublisher.Inputs;
using System.Diagnostics;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Site;

/// <summary>Runs the renderers over a promise: the one place the build's stages are registered.</summary>
public sealed class SiteBuilder
{
    private readonly IReadOnlyList<ISiteRenderer> _renderers;
    private readonly IInputFiles _files;

    /// <summary>Creates a builder over an explicit list of stages (tests use a subset).</summary>
    /// <param name="renderers">The stages, in the order they run.</param>
    /// <param name="templates">Built-in templates with the user's overrides.</param>
    /// <param name="platforms">The platform catalog (the built-in one by default).</param>
    /// <param name="files">Where the brand's files (the logo) are read from (the disk by default).</param>
    public SiteBuilder(IReadOnlyList<ISiteRenderer> renderers, TemplateSet templates, PlatformCatalog? platforms = null, IInputFiles? files = null)
    {
        _renderers = renderers;
        _files = files ?? DiskFiles.Instance;
        Templates = new TemplateRenderer(templates);
        Platforms = platforms ?? PlatformCatalog.Default;
    }

    // The same stages, templates (and their parse cache) and files; another build instant.
    private SiteBuilder(SiteBuilder other, NodaTime.Instant? asOf)
    {
        _renderers = other._renderers;
        _files = other._files;
        Templates = other.Templates;
        Platforms = other.Platforms;
        AsOf = asOf;
    }

    /// <summary>This builder stating the promise in force at <paramref name="asOf"/> (see <see cref="AsOf"/>); null for the channels' own.</summary>
    public SiteBuilder StatingPromiseAt(NodaTime.Instant? asOf) => new(this, asOf);

    /// <summary>The default pipeline: every stage the tool has, in the order they run.</summary>
    public static SiteBuilder CreateDefault(TemplateSet templates, IInputFiles? files = null) => new(DefaultStages.All(), templates, files: files);

    /// <summary>Template renderer shared by the stages (parsed templates are cached across brands).</summary>
    public TemplateRenderer Templates { get; }

    /// <summary>The platform catalog the stages read.</summary>
    public PlatformCatalog Platforms { get; }

    /// <summary>
    /// The instant the build states the promise at: bios, badges and banners then say a notice's temporary promise
    /// while its window holds it (<see cref="ISiteRenderer.StatesPromiseAsOf"/>). Null (the default): the channels'
    /// own promises, whatever the notices say. Never written into any file.
    /// </summary>
    public NodaTime.Instant? AsOf { get; }

    /// <summary>Time each stage took in the last builds, for <c>--timings</c> and benchmarks.</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>Builds the whole site for one brand, in memory, one stage after another.</summary>
    /// <param name="promise">The brand.</param>
    /// <param name="cancellationToken">Checked before each stage: Ctrl-C stops a single-brand build within a stage's time.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing was written anywhere.</exception>
    public SiteContent Build(Promise promise, CancellationToken cancellationToken = default)
    {
        var (context, stated) = Contexts(promise);
        var site = SiteContent.Empty;
        foreach (var renderer in _renderers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            site = site.With(Run(renderer, context, stated));
        }
        return site;
    }

    /// <summary>
    /// Builds one brand with its stages running at once, for a build of that brand alone: an agency build already
    /// keeps every core busy with brands (<see cref="Build"/>), but one brand's pages, banners and badges would
    /// otherwise leave the second core idle. The stages read only the promise, so the result is the same, in the
    /// stages' order.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing was written anywhere.</exception>
    public SiteContent BuildStagesAtOnce(Promise promise, CancellationToken cancellationToken = default)
    {
        var (context, stated) = Contexts(promise);
        var stages = _renderers.Select(renderer => Task.Run(() => Run(renderer, context, stated), cancellationToken)).ToArray();
        // WhenAll's awaiter throws the first stage's own exception, not an AggregateException.
        Task.WhenAll(stages).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        return stages.Aggregate(SiteContent.Empty, (site, stage) => site.With(stage.Result));
    }

    private (RenderContext Context, RenderContext Stated) Contexts(Promise promise)
    {
        var context = new RenderContext(promise, Templates, Platforms) { Files = _files };
        return (context, AsOf is { } asOf ? context with { Promise = PromiseInForce.At(promise, asOf) } : context);
    }

    private List<SiteFile> Run(ISiteRenderer renderer, RenderContext context, RenderContext stated)
    {
        var watch = Stopwatch.StartNew();
        var files = renderer.Render(renderer.StatesPromiseAsOf ? stated : context).ToList();
        Timings.Add(renderer.Name, watch.Elapsed);
        return files;
    }
}
