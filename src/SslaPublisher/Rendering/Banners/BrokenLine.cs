using SslaPublisher.Rendering.Fonts;

namespace SslaPublisher.Rendering.Banners;

/// <summary>One line of a wrapped paragraph: the slice <c>[Start, Start+Length)</c> of its text (trailing spaces left out), shaped.</summary>
/// <param name="Start">Where the line starts in the paragraph's text.</param>
/// <param name="Length">How many UTF-16 units it holds.</param>
/// <param name="Shaped">The line shaped at the size it was broken for.</param>
public sealed record BrokenLine(int Start, int Length, ShapedLine Shaped);
