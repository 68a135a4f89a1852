using System.Collections.Concurrent;

namespace SslaPublisher.Site;

/// <summary>Accumulated wall time per build stage (thread-safe: brands build in parallel).</summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="elapsed"/> to the stage's total.</summary>
    public void Add(string stage, TimeSpan elapsed) => _ticks.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);

    /// <summary>Totals by stage, in stage name order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Total)> Totals =>
        [.. _ticks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, TimeSpan.FromTicks(p.Value)))];
}
