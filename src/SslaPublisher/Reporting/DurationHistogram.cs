using System.Runtime.CompilerServices;

namespace SslaPublisher.Reporting;

/// <summary>
/// Counts durations for exact-enough percentiles in memory that does not grow with the number of rows.
/// </summary>
/// <remarks>
/// <para>Durations under one hour are counted per second (a fixed array of 3,600 counters); longer ones per minute
/// (an array up to a week, then a dictionary keyed by minute, which grows only with the number of distinct
/// minutes seen, not with rows).
/// So a percentile is exact to the second below an hour and floored to the minute above: far finer than any
/// promise it is compared with, and a million rows cost the same memory as a thousand.</para>
/// <para>Percentiles use the nearest-rank method: the p-th percentile of n values is the value at rank
/// ceil(p·n) in ascending order (rank 1 for p = 0). It is always a value that occurred (to the bucket's
/// resolution), never an interpolation.</para>
/// </remarks>
public sealed class DurationHistogram
{
    /// <summary>Durations below this many seconds are counted per second.</summary>
    public const int SecondResolutionLimit = 3600;

    // Minutes below a week are counted in an array (a dictionary lookup per row was the report's hottest line);
    // longer durations, rare, in the dictionary.
    private const int ArrayMinutes = 7 * 24 * 60;

    private int[]? _seconds;
    private int[]? _weekMinutes;
    private Dictionary<long, long>? _minutes;

    /// <summary>How many durations were added.</summary>
    public long Count { get; private set; }

    /// <summary>Adds a duration in whole seconds (fractions are dropped before this call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(long seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        if (seconds < SecondResolutionLimit)
        {
            (_seconds ??= new int[SecondResolutionLimit])[seconds]++;
        }
        else if (seconds / 60 < ArrayMinutes)
        {
            (_weekMinutes ??= new int[ArrayMinutes])[seconds / 60]++;
        }
        else
        {
            _minutes ??= [];
            var minute = seconds / 60;
            _minutes[minute] = _minutes.GetValueOrDefault(minute) + 1;
        }
        Count++;
    }

    /// <summary>Adds every count of <paramref name="other"/> to this histogram.</summary>
    public void AddAll(DurationHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._seconds is { } seconds)
        {
            _seconds ??= new int[SecondResolutionLimit];
            for (var i = 0; i < seconds.Length; i++) _seconds[i] += seconds[i];
        }
        if (other._weekMinutes is { } weekMinutes)
        {
            _weekMinutes ??= new int[ArrayMinutes];
            for (var i = 0; i < weekMinutes.Length; i++) _weekMinutes[i] += weekMinutes[i];
        }
        if (other._minutes is { } minutes)
        {
            _minutes ??= [];
            foreach (var (minute, count) in minutes) _minutes[minute] = _minutes.GetValueOrDefault(minute) + count;
        }
        Count += other.Count;
    }

    /// <summary>
    /// The nearest-rank percentile in seconds (<paramref name="fraction"/> 0.5 for the median, 0.9 for p90);
    /// null when empty.
    /// </summary>
    public long? Percentile(double fraction)
    {
        if (fraction is < 0 or > 1 || double.IsNaN(fraction)) throw new ArgumentOutOfRangeException(nameof(fraction));
        if (Count == 0) return null;
        var rank = Math.Max(1L, (long)Math.Ceiling(fraction * Count));
        long seen = 0;
        if (_seconds is { } seconds)
        {
            for (var i = 0; i < seconds.Length; i++)
            {
                seen += seconds[i];
                if (seen >= rank) return i;
            }
        }
        if (_weekMinutes is { } weekMinutes)
        {
            for (var minute = 0; minute < weekMinutes.Length; minute++)
            {
                seen += weekMinutes[minute];
                if (seen >= rank) return minute * 60L;
            }
        }
        foreach (var minute in _minutes!.Keys.Order())
        {
            seen += _minutes[minute];
            if (seen >= rank) return minute * 60;
        }
        throw new InvalidOperationException("Counts do not add up to Count.");
    }

    /// <summary>How many durations are at most <paramref name="seconds"/> (to the bucket resolution).</summary>
    public long CountAtMost(long seconds)
    {
        long total = 0;
        if (_seconds is { } counts)
            for (var i = 0; i < counts.Length && i <= seconds; i++) total += counts[i];
        if (_weekMinutes is { } weekMinutes && seconds >= SecondResolutionLimit)
            for (var minute = 0; minute < weekMinutes.Length && minute * 60L <= seconds; minute++) total += weekMinutes[minute];
        if (_minutes is { } minutes && seconds >= SecondResolutionLimit)
            foreach (var (minute, count) in minutes)
                if (minute * 60 <= seconds) total += count;
        return total;
    }
}
