namespace SslaPublisher.Rendering.Bios;

/// <summary>No bio variant of a channel fits its platform's limit.</summary>
/// <remarks>The build stops on it (exit 1): a bio the platform truncates or rejects would be a broken promise.</remarks>
public sealed class BioDoesNotFitException(
    string sourceFile, string channelId, string platform, string language, int limit, int shortestLength, string shortestText)
    : RenderException(
        $"{sourceFile}: channels.{channelId}: no bio variant ({language}) fits {platform}'s limit of {limit}; " +
        $"the shortest reached {shortestLength}: \"{shortestText}\". Shorten the channel's texts (summary, urgent) " +
        $"or add a shorter variant under templates/bio/{language}/.")
{
    /// <summary>The channel whose bio does not fit.</summary>
    public string ChannelId { get; } = channelId;

    /// <summary>The platform's display name.</summary>
    public string Platform { get; } = platform;

    /// <summary>The language of the variants tried.</summary>
    public string Language { get; } = language;

    /// <summary>The platform's limit.</summary>
    public int Limit { get; } = limit;

    /// <summary>The smallest length any variant reached.</summary>
    public int ShortestLength { get; } = shortestLength;
}
