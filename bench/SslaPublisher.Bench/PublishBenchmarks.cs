using BenchmarkDotNet.Attributes;
using SslaPublisher.Publishing;
using SslaPublisher.Publishing.Local;
using SslaPublisher.Site;

namespace SslaPublisher.Bench;

/// <summary>
/// Publishing 1,000 generated 2 KiB files to a real Azurite: one upload at a time, eight at a time, and a
/// republish of an unchanged site (list + diff, no upload).
/// </summary>
[Config(typeof(PublishBenchmarkConfig))]
public class PublishBenchmarks
{
    private const int FileCount = 1000;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "ssla-bench-azurite-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess? _azurite;
    private AzureBlobTarget? _target;
    private SiteContent _site = SiteContent.Empty;
    private int _round;
    private string _prefix = "";

    /// <summary>Starts Azurite, generates the site and publishes it once under <c>warm/</c> for the unchanged case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = AzuriteLocator.FindRoot() ?? throw new InvalidOperationException("node_modules/azurite is missing: run scripts/setup.sh.");
        _azurite = AzuriteProcess.StartAsync(root, _data).GetAwaiter().GetResult();
        _target = new AzureBlobTarget(_azurite.ConnectionString);
        _site = SiteContent.Empty.With(Enumerable.Range(0, FileCount).Select(i => new SiteFile(
            $"files/file{i:D4}.txt",
            Enumerable.Range(0, 2048).Select(b => (byte)('a' + (b * 7 + i) % 26)).ToArray(),
            "text/plain; charset=utf-8")));
        SitePublisher.PublishAsync(_site, _target, new SyncPlanOptions { Prefix = "warm/" }).GetAwaiter().GetResult();
    }

    /// <summary>Each measured upload goes to a fresh prefix, so every file is new.</summary>
    [IterationSetup]
    public void FreshPrefix() => _prefix = $"round{Interlocked.Increment(ref _round)}/";

    /// <summary>1,000 new files, one request at a time.</summary>
    [Benchmark(Baseline = true)]
    public Task<PublishResult> Sequential() => Publish(_prefix, parallelism: 1, expectedUploads: FileCount);

    /// <summary>1,000 new files, eight requests in flight (the CLI default).</summary>
    [Benchmark]
    public Task<PublishResult> Parallel8() => Publish(_prefix, parallelism: 8, expectedUploads: FileCount);

    /// <summary>1,000 unchanged files: list, diff, upload nothing.</summary>
    [Benchmark]
    public Task<PublishResult> UnchangedRepublish() => Publish("warm/", parallelism: 8, expectedUploads: 0);

    /// <summary>Stops Azurite and removes its data.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _azurite?.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    // A benchmark that silently measured the wrong thing (e.g. nothing uploaded) would be worse than none.
    private async Task<PublishResult> Publish(string prefix, int parallelism, int expectedUploads)
    {
        var result = await SitePublisher.PublishAsync(_site, _target!, new SyncPlanOptions { Prefix = prefix },
            new PublishOptions { Parallelism = parallelism });
        if (result.Uploaded != expectedUploads)
            throw new InvalidOperationException($"Expected {expectedUploads} uploads, got {result.Uploaded}.");
        return result;
    }
}
