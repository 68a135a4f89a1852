using System.Text;

namespace SslaPublisher.Rendering.Fonts;

/// <summary>Tells whether a grapheme cluster is Chinese, Japanese or Korean script, which needs a CJK font.</summary>
internal static class CjkText
{
    private static readonly (int Start, int End)[] Ranges =
    [
        (0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA960, 0xA97F),
        (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF),
    ];

    /// <summary>True when the first code point of <paramref name="cluster"/> is in a CJK block.</summary>
    public static bool Needs(ReadOnlySpan<char> cluster)
    {
        if (Rune.DecodeFromUtf16(cluster, out var rune, out _) != System.Buffers.OperationStatus.Done) return false;
        foreach (var (start, end) in Ranges)
            if (rune.Value >= start && rune.Value <= end) return true;
        return false;
    }
}
