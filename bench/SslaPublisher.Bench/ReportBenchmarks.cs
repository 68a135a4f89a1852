using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NodaTime;
using SslaPublisher.Definition;
using SslaPublisher.Reporting;

namespace SslaPublisher.Bench;

/// <summary>
/// <c>ssla report</c>'s measurement over about a million rows of generated reply data for the example brand
/// (5 channels, 6 months): CSV read (Sep), staffed-time measurement, per channel-month histograms, verdict.
/// </summary>
[Config(typeof(ReportBenchmarkConfig))]
public class ReportBenchmarks
{
    private readonly string _csv = Path.Combine(Path.GetTempPath(), "ssla-bench-replies-" + Guid.NewGuid().ToString("N") + ".csv");
    private Promise? _promise;
    private long _rows;

    /// <summary>Generates the CSV once (seed 1, scale 150 ≈ 1,000,000 rows; not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _promise = new PromiseLoader().LoadFile(ExamplePath());
        using var writer = new StreamWriter(_csv);
        _rows = SampleReplyGenerator.Write(_promise, new SampleReplyOptions(new YearMonth(2026, 11), 6, Seed: 1, Scale: 150), writer);
    }

    /// <summary>Deletes the CSV.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_csv);

    /// <summary>Reads and measures every row; throws unless every row was measured.</summary>
    [Benchmark]
    public TrackRecord MillionRows()
    {
        using var reader = new StreamReader(_csv);
        var record = TrackRecordReader.Read(_promise!, reader, Instant.FromUtc(2026, 12, 1, 12, 0), skipBadRows: false);
        return record.Source.Measured == _rows ? record : throw new InvalidOperationException($"measured {record.Source.Measured} of {_rows} rows");
    }

    private static string ExamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SslaPublisher.sln"))) return Path.Combine(dir.FullName, "examples", "acme-air", "ssla.yaml");
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}

/// <summary>Whole-run measurements (a run takes seconds): one invocation per iteration, in process, with allocations.</summary>
public sealed class ReportBenchmarkConfig : ManualConfig
{
    /// <summary>Default columns and loggers, the memory diagnoser, one in-process monitoring job.</summary>
    public ReportBenchmarkConfig()
    {
        AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray());
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
