using SslaPublisher.Definition;
using SslaPublisher.Platforms;

namespace SslaPublisher.Rendering.Pages;

/// <summary>What the page templates see. Values are plain strings; the template context escapes them.</summary>
public sealed record PageModel(string BrandName, string Language, IReadOnlyList<ChannelCard> Channels)
{
    /// <summary>Builds the model of a brand's pages.</summary>
    public static PageModel From(Promise promise) => new(
        promise.Brand.Name,
        promise.Brand.Languages[0],
        [.. promise.Channels.Select(c => new ChannelCard(
            c.Id, PlatformCatalog.Default[c.Platform].DisplayName, c.Handle, c.ProfileUrl, c.Purpose.ToString().ToLowerInvariant(),
            c.Summary, $"Reply within {DurationText.Format(c.Reply.Within)}"))]);
}

/// <summary>One channel as the page shows it.</summary>
public sealed record ChannelCard(string Id, string Platform, string Handle, string ProfileUrl, string Purpose, string Summary, string Reply);
