namespace SslaPublisher.Rendering.Fonts;

/// <summary>A stretch of text drawn with one face in one direction and one script: the unit HarfBuzz shapes.</summary>
/// <param name="Start">Index of the first UTF-16 unit in the text.</param>
/// <param name="Length">Number of UTF-16 units.</param>
/// <param name="Face">The face that has glyphs for the whole stretch.</param>
/// <param name="IsRightToLeft">The run's direction.</param>
/// <param name="Script">The run's <see cref="ScriptClass"/>, from its script run.</param>
public readonly record struct FontRun(int Start, int Length, LoadedFace Face, bool IsRightToLeft, int Script);
