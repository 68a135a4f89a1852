using SslaPublisher.Definition;

namespace SslaPublisher.Rendering.Badges;

/// <summary>What a badge says and how it looks: the whole input of <see cref="BadgeLayout.Create(BadgeSpec)"/>.</summary>
/// <param name="Label">Left-hand text (<c>X replies</c>); untrusted, escaped wherever it is written.</param>
/// <param name="Message">Right-hand text (<c>15 min</c>); untrusted, escaped wherever it is written.</param>
/// <param name="LabelColor">Background wanted for the label side (may be adjusted for contrast, see <see cref="BadgeColors"/>).</param>
/// <param name="MessageColor">Background wanted for the message side (may be adjusted likewise).</param>
/// <param name="Style">Which shields style.</param>
public sealed record BadgeSpec(string Label, string Message, RgbColor LabelColor, RgbColor MessageColor, BadgeStyle Style = BadgeStyle.Flat);
