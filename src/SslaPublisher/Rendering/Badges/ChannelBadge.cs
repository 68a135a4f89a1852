using SslaPublisher.Definition;
using SslaPublisher.Platforms;

namespace SslaPublisher.Rendering.Badges;

/// <summary>One badge of one channel, before a style is chosen.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Kind">What it states.</param>
/// <param name="Label">Left text (<c>X replies</c>).</param>
/// <param name="Message">Right text (<c>15 min</c>).</param>
/// <param name="Colors">The brand colours: label on the brand background, message on the accent.</param>
public sealed record ChannelBadge(Channel Channel, BadgeKind Kind, string Label, string Message, BrandColors Colors)
{
    /// <summary>Base file name: <c>x-help-replies</c>.</summary>
    public string Name => BadgePaths.Name(Channel.Id, Kind);

    /// <summary>The spec of this badge in <paramref name="style"/>.</summary>
    public BadgeSpec Spec(BadgeStyle style) => new(Label, Message, Colors.Background, Colors.Accent, style);

    /// <summary>
    /// Every badge of every channel of <paramref name="promise"/>, channel by channel, kinds in order, each worded by
    /// the <paramref name="messages"/> of its channel.
    /// </summary>
    public static IReadOnlyList<ChannelBadge> All(Promise promise, PlatformCatalog platforms, Func<Channel, BadgeMessages> messages)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(platforms);
        ArgumentNullException.ThrowIfNull(messages);
        return [.. promise.Channels.SelectMany(channel =>
        {
            var words = messages(channel);
            return BadgeKinds.All.Select(kind => new ChannelBadge(
                channel, kind, words.Label(kind, platforms[channel.Platform]), words.Message(kind, channel), promise.Brand.Colors));
        })];
    }
}
