using System.Diagnostics;
using System.Globalization;
using SkiaSharp;
using SslaPublisher.Platforms;
using SslaPublisher.Rendering;
using SslaPublisher.Rendering.Badges;
using SslaPublisher.Rendering.Banners;
using SslaPublisher.Rendering.Templates;
using SslaPublisher.Site;

namespace SslaPublisher.Bench;

/// <summary>
/// Size against time of the PNG encoder's settings (zlib level × filter set) on exactly the images a generated
/// five-channel brand produces: its banners and share image, and its flat badges at 1× and 2×. Prints a Markdown
/// table; the choice in <see cref="PngEncoder"/> and <see cref="BadgePngWriter"/> is made from it
/// (docs/BENCHMARKS.md, "PNG settings").
/// </summary>
/// <remarks>
/// Each setting encodes the whole set <c>rounds</c> times on one thread; the figure is that thread's CPU time per
/// round (steady on a shared machine, unlike wall time). The images are drawn once and decoded back into the pixel
/// format the renderers encode, so every setting compresses the same pixels.
/// </remarks>
public static class PngOptionsSurvey
{
    private static readonly (string Name, SKPngEncoderFilterFlags Flags)[] Filters =
    [
        ("none", SKPngEncoderFilterFlags.None),
        ("sub", SKPngEncoderFilterFlags.Sub),
        ("up", SKPngEncoderFilterFlags.Up),
        ("paeth", SKPngEncoderFilterFlags.Paeth),
        ("sub+up", SKPngEncoderFilterFlags.Sub | SKPngEncoderFilterFlags.Up),
        ("all (adaptive)", SKPngEncoderFilterFlags.AllFilters),
    ];

    private static readonly int[] Levels = [1, 2, 3, 4, 6, 9];

    /// <summary>Runs the survey and prints the table.</summary>
    public static void Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var scratch = Path.Combine(Path.GetTempPath(), "ssla-bench-png-" + Guid.NewGuid().ToString("N"));
        try
        {
            var promise = BenchBrands.Load(BenchBrands.Generated5, scratch);
            var templates = new TemplateSet(Path.Combine(BenchBrands.RepoRoot, "templates"));
            var context = new RenderContext(promise, new TemplateRenderer(templates), PlatformCatalog.Default);
            using var banners = new BannersRenderer();
            var sets = new List<(string Name, List<SKBitmap> Images)>
            {
                ("banners", Decode(banners.Render(context), SKAlphaType.Opaque)),
                ("badges", Decode(new BadgesRenderer().Render(context).Where(f => f.Path.EndsWith(".png", StringComparison.Ordinal)), SKAlphaType.Premul)),
            };
            Console.WriteLine($"rounds: {rounds}, load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            foreach (var (name, images) in sets)
            {
                Console.WriteLine();
                Console.WriteLine($"{name}: {images.Count} images, {images.Sum(i => (long)i.Width * i.Height):N0} pixels");
                Console.WriteLine("| filters | zlib level | bytes | CPU ms per set |");
                Console.WriteLine("|---|---:|---:|---:|");
                foreach (var (filterName, flags) in Filters)
                foreach (var level in Levels)
                {
                    var options = new SKPngEncoderOptions(flags, level);
                    var bytes = EncodeAll(images, options);
                    // At least `rounds` rounds and half a second of CPU: the clock ticks in 10 ms steps.
                    var before = Thread.CurrentThread.CpuTime();
                    var done = 0;
                    while (done < rounds || (Thread.CurrentThread.CpuTime() - before).TotalMilliseconds < 500)
                    {
                        EncodeAll(images, options);
                        done++;
                    }
                    var cpu = (Thread.CurrentThread.CpuTime() - before).TotalMilliseconds / done;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {filterName} | {level} | {bytes:N0} | {cpu:F1} |"));
                }
                foreach (var level in Levels)
                {
                    var bytes = ZlibNgUp(images, level);
                    var before = Thread.CurrentThread.CpuTime();
                    var done = 0;
                    while (done < rounds || (Thread.CurrentThread.CpuTime() - before).TotalMilliseconds < 500)
                    {
                        ZlibNgUp(images, level);
                        done++;
                    }
                    var cpu = (Thread.CurrentThread.CpuTime() - before).TotalMilliseconds / done;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| up, .NET zlib-ng | {level} | {bytes:N0} | {cpu:F1} |"));
                }
                foreach (var image in images) image.Dispose();
            }
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (DirectoryNotFoundException) { }
        }
    }

    private static long EncodeAll(List<SKBitmap> images, SKPngEncoderOptions options)
    {
        long total = 0;
        foreach (var image in images)
        {
            using var pixmap = image.PeekPixels();
            using var data = pixmap.Encode(options) ?? throw new InvalidOperationException("PNG encoding failed");
            total += data.Size;
        }
        return total;
    }

    // Filter "up" on every row and .NET's ZLibStream (zlib-ng): the IDAT payload only, for comparison.
    private static long ZlibNgUp(List<SKBitmap> images, int level)
    {
        long total = 0;
        foreach (var image in images)
        {
            var opaque = image.AlphaType == SKAlphaType.Opaque;
            var channels = opaque ? 3 : 4;
            var stride = image.Width * channels;
            var pixels = image.GetPixelSpan();
            var previous = new byte[stride];
            var row = new byte[stride + 1];
            using var output = new MemoryStream();
            using (var z = new System.IO.Compression.ZLibStream(output, new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
            {
                var current = new byte[stride];
                for (var y = 0; y < image.Height; y++)
                {
                    var src = pixels.Slice(y * image.RowBytes, image.Width * 4);
                    if (opaque)
                        for (int x = 0, o = 0; x < src.Length; x += 4, o += 3) { current[o] = src[x]; current[o + 1] = src[x + 1]; current[o + 2] = src[x + 2]; }
                    else src.CopyTo(current);
                    row[0] = 2;
                    for (var i = 0; i < stride; i++) row[i + 1] = (byte)(current[i] - previous[i]);
                    z.Write(row);
                    (previous, current) = (current, previous);
                }
            }
            total += output.Length;
        }
        return total;
    }

    private static List<SKBitmap> Decode(IEnumerable<SiteFile> files, SKAlphaType alpha)
    {
        var images = new List<SKBitmap>();
        foreach (var file in files)
        {
            var bytes = file.Content.ToArray();
            using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw new InvalidOperationException($"{file.Path}: not an image");
            images.Add(SKBitmap.Decode(bytes, new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, alpha)));
        }
        return images;
    }

    // The calling thread's CPU time (user + system), from /proc; steadier than wall time on a shared machine.
    private static TimeSpan CpuTime(this Thread _)
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
