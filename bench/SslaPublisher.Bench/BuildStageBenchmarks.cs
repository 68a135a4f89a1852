using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using SkiaSharp;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Agreement;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Bios;
using SslaPublisher.Rendering.Marketing;
using SslaPublisher.Rendering.Pages;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Bench;

/// <summary>
/// Each build stage on one brand, the bare PNG encode of exactly the images the banner stage produces (the
/// baseline of the target "banner stage within 1.5× of the PNG encode"), and the whole brand through every stage.
/// </summary>
/// <remarks>
/// Renderers and the template renderer are created once, as in a multi-brand build, so their caches (parsed
/// templates, fonts, logos, layouts) are warm: the figures are the per-brand cost of the thousandth brand, not
/// the first. The cold first brand is what <c>scripts/bench.sh</c> measures as a whole process.
/// </remarks>
[Config(typeof(BuildBenchmarkConfig))]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "BenchmarkDotNet owns the instance and calls [GlobalCleanup], which disposes the banners renderer.")]
public class BuildStageBenchmarks
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "ssla-bench-build-" + Guid.NewGuid().ToString("N"));
    private RenderContext _context = null!;
    private SiteBuilder _site = null!;
    private readonly PagesRenderer _pages = new();
    private readonly AgreementRenderer _agreement = new();
    private readonly BiosRenderer _bios = new();
    private readonly BadgesRenderer _badges = new();
    private readonly MarketingPageRenderer _marketing = new();
    private readonly BannersRenderer _banners = new();
    private readonly List<(SKBitmap Pixels, long MaxBytes, string Path)> _bannerPixels = [];

    /// <summary>Which brand: the shipped example or a generated five-channel brand.</summary>
    [Params(BenchBrands.Example, BenchBrands.Generated5)]
    public string Brand { get; set; } = BenchBrands.Example;

    /// <summary>Loads the brand, warms every stage once and decodes the banner stage's PNGs for the encode baseline.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var promise = BenchBrands.Load(Brand, _scratch);
        var templates = new TemplateSet(Path.Combine(BenchBrands.RepoRoot, "templates"));
        _context = new RenderContext(promise, new TemplateRenderer(templates), PlatformCatalog.Default);
        _site = SiteBuilder.CreateDefault(templates);

        var banners = _banners.Render(_context).ToList();
        foreach (var file in banners)
        {
            // Decoded as the painter draws them (RGBA, opaque), so encoding them again is the same work, byte for byte.
            var size = SizeOf(file);
            var decoded = SKBitmap.Decode(file.Content.ToArray(), new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
            var maxBytes = MaxBytesOf(file.Path, promise);
            _bannerPixels.Add((decoded, maxBytes, file.Path));
            if (!Encode(decoded, maxBytes, file.Path).AsSpan().SequenceEqual(file.Content.Span))
                throw new InvalidOperationException($"{file.Path}: re-encoding the decoded pixels does not give the stage's bytes; the baseline would measure other work.");
        }
        _ = WholeBrand();
    }

    /// <summary>The pages stage: promise pages, ssla.json, JSON-LD, 404.</summary>
    [Benchmark]
    public int Pages() => Run(_pages);

    /// <summary>The agreement stage.</summary>
    [Benchmark]
    public int Agreement() => Run(_agreement);

    /// <summary>The bios stage: every platform's bio in every language, counted by the platform's rule.</summary>
    [Benchmark]
    public int Bios() => Run(_bios);

    /// <summary>The badges stage: SVG (measured text) and PNG badges.</summary>
    [Benchmark]
    public int Badges() => Run(_badges);

    /// <summary>The marketer's page.</summary>
    [Benchmark]
    public int Marketing() => Run(_marketing);

    /// <summary>The banner stage: layout, shaping, drawing and PNG encoding of every banner and the share image.</summary>
    [Benchmark]
    public int Banners() => Run(_banners);

    /// <summary>Only the PNG encoding of the same images the banner stage makes: the stage's floor.</summary>
    [Benchmark]
    public long BannerPngEncodeOnly()
    {
        long bytes = 0;
        foreach (var (pixels, maxBytes, path) in _bannerPixels) bytes += Encode(pixels, maxBytes, path).LongLength;
        return bytes;
    }

    /// <summary>The whole brand through every registered stage, in memory (no disk).</summary>
    [Benchmark]
    public long WholeBrand() => _site.Build(_context.Promise).TotalBytes;

    /// <summary>Releases the decoded images and the generated brand.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (pixels, _, _) in _bannerPixels) pixels.Dispose();
        _banners.Dispose();
        try { Directory.Delete(_scratch, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    private int Run(ISiteRenderer renderer)
    {
        var count = 0;
        foreach (var _ in renderer.Render(_context)) count++;
        return count;
    }

    private static byte[] Encode(SKBitmap pixels, long maxBytes, string path)
    {
        using var pixmap = pixels.PeekPixels();
        return PngEncoder.Encode(pixmap, maxBytes, path);
    }

    private static SKSizeI SizeOf(SiteFile file)
    {
        using var codec = SKCodec.Create(new MemoryStream(file.Content.ToArray()));
        return codec.Info.Size;
    }

    private long MaxBytesOf(string path, Promise promise)
    {
        if (path == BannersRenderer.ShareImagePath) return _context.Platforms.ShareImage.MaxBytes;
        var channel = promise.Channels.Single(c => path == $"banners/{c.Id}.png");
        return _context.Platforms[channel.Platform].Banner!.MaxBytes;
    }
}
