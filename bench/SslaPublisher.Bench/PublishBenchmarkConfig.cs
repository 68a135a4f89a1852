using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SslaPublisher.Bench;

/// <summary>
/// Few, whole-operation measurements: each invocation publishes 1,000 files, so one invocation per iteration
/// (monitoring strategy) and a handful of iterations. In-process, so the run needs no second build and shares
/// the Azurite the benchmark class starts.
/// </summary>
public sealed class PublishBenchmarkConfig : ManualConfig
{
    /// <summary>Default columns, loggers and exporters, with one in-process monitoring job.</summary>
    public PublishBenchmarkConfig()
    {
        AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray());
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub);
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
