using System.Diagnostics;
using SkiaSharp;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Bench;

/// <summary>
/// The floor under a cold build of one brand: how long SkiaSharp's set-up and the bare PNG encodes of exactly the
/// brand's images take in one process (<c>example-floor [example|generated-5ch] [rounds]</c>). The brand is built
/// once in memory, every PNG decoded back to the pixels that were encoded (each checked to give the same bytes
/// again), then encoded: the first pass (cold, as in a fresh process), then warm passes on one thread and on every
/// core at once. Figures in docs/BENCHMARKS.md, "The floor of a cold build".
/// </summary>
public static class ExampleFloor
{
    /// <summary>Runs the measurement and prints one line per figure.</summary>
    public static void Run(string[] args)
    {
        var brand = args.Length > 0 ? args[0] : BenchBrands.Example;
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var clock = Stopwatch.StartNew();
        using (SKData.CreateCopy(new byte[] { 0 })) { }
        var skiaSetUp = clock.Elapsed.TotalMilliseconds;

        var scratch = Path.Combine(Path.GetTempPath(), "ssla-bench-floor-" + Guid.NewGuid().ToString("N"));
        try
        {
            var promise = BenchBrands.Load(brand, scratch);
            var templates = new TemplateSet(Path.Combine(BenchBrands.RepoRoot, "templates"));
            clock.Restart();
            var site = SiteBuilder.CreateDefault(templates).Build(promise);
            var firstBuild = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            _ = SiteBuilder.CreateDefault(templates).Build(promise);
            var warmBuild = clock.Elapsed.TotalMilliseconds;

            var images = new List<(SKBitmap Pixels, byte[] Png, string Path)>();
            var roundTrips = 0;
            foreach (var file in site.Files.Values.Where(f => f.ContentType == "image/png"))
            {
                var png = file.Content.ToArray();
                SKImageInfo info;
                using (var codec = SKCodec.Create(new MemoryStream(png))) info = codec.Info;
                // Banners are drawn opaque, badges premultiplied: decode into the colour type and alpha they were drawn in.
                var alpha = info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
                var pixels = SKBitmap.Decode(png, new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, alpha));
                using (var pixmap = pixels.PeekPixels())
                    if (PngFormat.Encode(pixmap)!.AsSpan().SequenceEqual(png)) roundTrips++;
                images.Add((pixels, png, file.Path));
            }

            double Pass()
            {
                var start = Stopwatch.GetTimestamp();
                foreach (var (pixels, _, _) in images)
                {
                    using var pixmap = pixels.PeekPixels();
                    _ = PngFormat.Encode(pixmap);
                }
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            double ParallelPass()
            {
                var start = Stopwatch.GetTimestamp();
                Parallel.ForEach(images, image =>
                {
                    using var pixmap = image.Pixels.PeekPixels();
                    _ = PngFormat.Encode(pixmap);
                });
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            var cold = Pass();
            var warm = new List<double>();
            var parallel = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                warm.Add(Pass());
                parallel.Add(ParallelPass());
            }
            static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
            var banners = images.Where(i => !i.Path.StartsWith("badges/", StringComparison.Ordinal)).ToList();
            var badges = images.Count - banners.Count;
            Console.WriteLine($"brand {brand}: {site.Files.Count} files, {images.Count} PNGs ({banners.Count} banners and share image, " +
                $"{badges} badge PNGs), {images.Sum(i => (long)i.Png.Length):N0} bytes, {images.Sum(i => (long)i.Pixels.Width * i.Pixels.Height):N0} pixels; " +
                $"{roundTrips} of {images.Count} re-encode to the same bytes");
            Console.WriteLine($"SkiaSharp set-up (first SKData): {skiaSetUp:0.0} ms");
            Console.WriteLine($"whole brand in memory: first build {firstBuild:0} ms, second {warmBuild:0} ms");
            Console.WriteLine($"bare PNG encodes: first pass {cold:0.0} ms; warm median {Median(warm):0.0} ms on one thread, " +
                $"{Median(parallel):0.0} ms on {Environment.ProcessorCount} cores; banners alone {BannersOnly(banners):0.0} ms");
            Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            foreach (var (pixels, _, _) in images) pixels.Dispose();
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    private static double BannersOnly(List<(SKBitmap Pixels, byte[] Png, string Path)> banners)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var (pixels, _, _) in banners)
            {
                using var pixmap = pixels.PeekPixels();
                _ = PngFormat.Encode(pixmap);
            }
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return times.Order().ElementAt(times.Count / 2);
    }
}
