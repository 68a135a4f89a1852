using System.Collections;
using System.Runtime.CompilerServices;
using NodaTime;

namespace SslaPublisher.Reporting;

/// <summary>A track record's value for each month, in month order, each made the first time its month is asked for.</summary>
/// <remarks>
/// Replies exports run in time order, so a row's month is nearly always the previous row's: the last month asked is
/// remembered, one comparison instead of a SortedDictionary lookup per row (which also boxed its key; 15 % of a
/// million-row report's CPU).
/// </remarks>
internal sealed class ByMonth<T>(Func<T> create) : IEnumerable<KeyValuePair<YearMonth, T>> where T : class
{
    private readonly SortedDictionary<YearMonth, T> _values = [];
    private YearMonth _lastMonth;
    private T? _last;

    /// <summary>The value of <paramref name="month"/>, made when first needed.</summary>
    // Called for every row of a report (see TrackRecordBuilder.Add): compiled optimised on first call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public T Of(YearMonth month)
    {
        if (_last is { } last && _lastMonth == month) return last;
        if (!_values.TryGetValue(month, out var value)) _values.Add(month, value = create());
        (_lastMonth, _last) = (month, value);
        return value;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<YearMonth, T>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
