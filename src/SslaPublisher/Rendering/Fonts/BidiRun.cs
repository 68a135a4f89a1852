namespace SslaPublisher.Rendering.Fonts;

/// <summary>A stretch of text at one bidi embedding level: even levels run left to right, odd ones right to left.</summary>
/// <param name="Start">Index of the first UTF-16 unit in the text.</param>
/// <param name="Length">Number of UTF-16 units.</param>
/// <param name="Level">Embedding level (0 or 2: left to right; 1: right to left).</param>
public readonly record struct BidiRun(int Start, int Length, int Level)
{
    /// <summary>True for right-to-left runs.</summary>
    public bool IsRightToLeft => (Level & 1) == 1;

    /// <summary>Index just past the run.</summary>
    public int End => Start + Length;
}
