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
    private AzureBlobTarget? _fresh;
    private int _round;

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

    /// <summary>
    /// Each measured upload goes to a fresh container, so every file is new; it is deleted afterwards so
    /// Azurite's metadata does not grow from one iteration to the next (it slows inserts, which would favour
    /// whichever benchmark runs first).
    /// </summary>
    [IterationSetup]
    public void FreshContainer() =>
        _fresh = new AzureBlobTarget(_azurite!.ConnectionString, new AzureBlobTargetOptions { ContainerName = $"round{Interlocked.Increment(ref _round)}" });

    /// <summary>Deletes the iteration's container (not measured).</summary>
    [IterationCleanup]
    public void DropContainer() =>
        new Azure.Storage.Blobs.BlobContainerClient(_azurite!.ConnectionString, $"round{_round}").DeleteIfExists();

    /// <summary>1,000 new files, one request at a time.</summary>
    [Benchmark(Baseline = true)]
    public Task<PublishResult> Sequential() => Publish(_fresh!, "site/", parallelism: 1, expectedUploads: FileCount);

    /// <summary>1,000 new files, eight requests in flight (the CLI default).</summary>
    [Benchmark]
    public Task<PublishResult> Parallel8() => Publish(_fresh!, "site/", parallelism: 8, expectedUploads: FileCount);

    /// <summary>1,000 unchanged files: list, diff, upload nothing.</summary>
    [Benchmark]
    public Task<PublishResult> UnchangedRepublish() => Publish(_target!, "warm/", parallelism: 8, expectedUploads: 0);

    /// <summary>Stops Azurite and removes its data.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _azurite?.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    // A benchmark that silently measured the wrong thing (e.g. nothing uploaded) would be worse than none.
    private async Task<PublishResult> Publish(AzureBlobTarget target, string prefix, int parallelism, int expectedUploads)
    {
        var result = await SitePublisher.PublishAsync(_site, target, new SyncPlanOptions { Prefix = prefix },
            new PublishOptions { Parallelism = parallelism });
        if (result.Uploaded != expectedUploads)
            throw new InvalidOperationException($"Expected {expectedUploads} uploads, got {result.Uploaded}.");
        return result;
    }
}
