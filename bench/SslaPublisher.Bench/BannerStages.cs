using System.Diagnostics;
using SkiaSharp;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Bench;

/// <summary>
/// The banner stage beside the bare PNG encode of the same images, timed with a stopwatch in one process (warm caches,
/// as for the thousandth brand), rounds alternating the two: <c>banner-stages [example|generated-5ch] [rounds]</c>.
/// Also the loop to run under <c>dotnet-trace</c> to see where the stage's time goes.
/// </summary>
public static class BannerStages
{
    /// <summary>Runs the rounds and prints each, then the medians and their ratio.</summary>
    public static void Run(string[] args)
    {
        var brand = args.Length > 0 ? args[0] : BenchBrands.Generated5;
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var scratch = Path.Combine(Path.GetTempPath(), "ssla-bench-banners-" + Guid.NewGuid().ToString("N"));
        try
        {
            var promise = BenchBrands.Load(brand, scratch);
            var templates = new TemplateSet(Path.Combine(BenchBrands.RepoRoot, "templates"));
            var context = new RenderContext(promise, new TemplateRenderer(templates), PlatformCatalog.Default);
            using var banners = new BannersRenderer();
            // Decoded as the painter draws them (RGBA, opaque), so encoding them again is the stage's own encode, byte for byte.
            var pixels = new List<(SKBitmap Bitmap, string Path)>();
            foreach (var file in banners.Render(context))
            {
                var png = file.Content.ToArray();
                SKSizeI size;
                using (var codec = SKCodec.Create(new MemoryStream(png))) size = codec.Info.Size;
                var bitmap = SKBitmap.Decode(png, new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
                using (var pixmap = bitmap.PeekPixels())
                    if (!PngEncoder.Encode(pixmap, long.MaxValue, file.Path).AsSpan().SequenceEqual(png))
                        throw new InvalidOperationException($"{file.Path}: encoding the decoded pixels does not give the stage's bytes");
                pixels.Add((bitmap, file.Path));
            }
            // Wall time, and the process's CPU time (steadier on a shared machine: the work is on this one thread).
            var (stage, stageCpu, encode, encodeCpu) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            var clock = new Stopwatch();
            using var process = Process.GetCurrentProcess();
            double Cpu()
            {
                process.Refresh();
                return process.TotalProcessorTime.TotalMilliseconds;
            }
            for (var round = 0; round < rounds; round++)
            {
                var cpu = Cpu();
                clock.Restart();
                var count = banners.Render(context).Count();
                stage.Add(clock.Elapsed.TotalMilliseconds);
                stageCpu.Add(Cpu() - cpu);
                cpu = Cpu();
                clock.Restart();
                long bytes = 0;
                foreach (var (bitmap, path) in pixels)
                {
                    using var pixmap = bitmap.PeekPixels();
                    bytes += PngEncoder.Encode(pixmap, long.MaxValue, path).LongLength;
                }
                encode.Add(clock.Elapsed.TotalMilliseconds);
                encodeCpu.Add(Cpu() - cpu);
                Console.WriteLine($"round {round + 1}: stage {stage[^1]:0.0} ms wall, {stageCpu[^1]:0} ms CPU ({count} files); " +
                    $"encode only {encode[^1]:0.0} ms wall, {encodeCpu[^1]:0} ms CPU ({bytes} bytes)");
            }
            double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
            Console.WriteLine($"{brand}: median stage {Median(stage):0.0} ms, encode only {Median(encode):0.0} ms, " +
                $"ratio {Median(stage) / Median(encode):0.00}x; CPU {Median(stageCpu):0} / {Median(encodeCpu):0} ms = " +
                $"{Median(stageCpu) / Median(encodeCpu):0.00}x; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            foreach (var (bitmap, _) in pixels) bitmap.Dispose();
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
