using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace SslaPublisher.Site.Brands;

/// <summary>
/// A stable share of an agency's brands, <c>--shard i/n</c> (1 ≤ i ≤ n): the brands whose slug hashes to
/// <c>i - 1</c> modulo <c>n</c>. The hash depends on the slug alone, so adding or removing a brand moves no other
/// brand to another shard, and every runner of a CI matrix computes the same split without talking to the others.
/// </summary>
public sealed record BrandShard
{
    private BrandShard(int index, int count)
    {
        Index = index;
        Count = count;
    }

    /// <summary>Which share, from 1.</summary>
    public int Index { get; }

    /// <summary>How many shares.</summary>
    public int Count { get; }

    /// <summary>Every brand: an unsharded build.</summary>
    public static BrandShard All { get; } = new(1, 1);

    /// <summary>Whether this is a real share (not <see cref="All"/>).</summary>
    public bool IsPartial => Count > 1;

    /// <summary>Parses <c>i/n</c>; null with <paramref name="error"/> set when it is not one.</summary>
    public static BrandShard? TryParse(string? text, out string? error)
    {
        error = null;
        var parts = (text ?? "").Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= 10_000 && index >= 1 && index <= count)
            return new BrandShard(index, count);
        error = $"--shard takes i/n with 1 ≤ i ≤ n ≤ 10000 (such as 1/4), not '{text}'.";
        return null;
    }

    /// <summary>Whether the brand with <paramref name="slug"/> belongs to this share.</summary>
    public bool Contains(string slug)
    {
        if (Count == 1) return true;
        // XxHash64 is specified and stable across processes and versions (string.GetHashCode is randomised per process).
        var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(slug));
        return (int)(hash % (ulong)Count) == Index - 1;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
