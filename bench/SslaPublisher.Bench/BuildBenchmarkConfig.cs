using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SslaPublisher.Bench;

/// <summary>
/// Build stages take milliseconds to a second, so a short in-process job (BenchmarkDotNet still picks the
/// invocations per iteration) is enough; allocations are reported because a stage's garbage is what a 1,000-brand
/// build pays for in peak memory and GC time.
/// </summary>
public sealed class BuildBenchmarkConfig : ManualConfig
{
    /// <summary>Default columns, loggers and exporters, the memory diagnoser, one short in-process job.</summary>
    public BuildBenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
