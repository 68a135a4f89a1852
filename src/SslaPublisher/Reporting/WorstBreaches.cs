using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace SslaPublisher.Reporting;

/// <summary>Keeps the N worst breaches seen so far, in memory bounded by N.</summary>
/// <remarks>
/// A priority queue whose root is the least bad kept breach: a new one replaces it only when worse, so each row
/// costs at most O(log N). Ties are broken by <see cref="Breach.WorstFirst"/>, so the kept set is deterministic
/// whatever the row order.
/// </remarks>
public sealed class WorstBreaches(int capacity)
{
    // Reversed order: the "smallest" element (the root) is the least bad of the kept ones.
    private readonly PriorityQueue<Breach, Breach> _kept = new(Comparer<Breach>.Create((a, b) => Breach.WorstFirst.Compare(b, a)));

    /// <summary>How many breaches are kept at most.</summary>
    public int Capacity { get; } = capacity >= 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>Offers a breach; it is kept when among the N worst so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Offer(Breach breach)
    {
        if (Capacity == 0) return;
        if (_kept.Count < Capacity)
        {
            _kept.Enqueue(breach, breach);
            return;
        }
        var leastBad = _kept.Peek();
        if (Breach.WorstFirst.Compare(breach, leastBad) < 0) _kept.EnqueueDequeue(breach, breach);
    }

    /// <summary>Offers every breach <paramref name="other"/> kept: the N worst of both, as if all had been offered here.</summary>
    /// <remarks>Exact because the order is total: the N worst of a union are among the N worst of each part.</remarks>
    public void OfferAll(WorstBreaches other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (breach, _) in other._kept.UnorderedItems) Offer(breach);
    }

    /// <summary>The kept breaches, worst first.</summary>
    public ImmutableArray<Breach> ToWorstFirst() =>
        [.. _kept.UnorderedItems.Select(i => i.Element).Order(Breach.WorstFirst)];
}
