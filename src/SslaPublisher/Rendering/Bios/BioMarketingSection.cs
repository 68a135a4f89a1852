using SslaPublisher.Rendering.Marketing;

namespace SslaPublisher.Rendering.Bios;

/// <summary>The bios on the marketer's page: each snippet, its platform, language and count against the limit.</summary>
public sealed class BioMarketingSection : IMarketingSection
{
    /// <inheritdoc />
    public string Id => "bios";

    /// <inheritdoc />
    public string Title => "Profile bios";

    /// <inheritdoc />
    public string Intro => "Paste each into the profile's bio or description. Each is the richest variant that fits the platform's limit, counted the way the platform counts.";

    /// <inheritdoc />
    public IReadOnlyList<MarketingItem> Items(RenderContext context)
    {
        var channels = context.Promise.Channels.ToDictionary(c => c.Id);
        return [.. new BioComposer(context).ComposeAll(context.Promise).Select(s => new MarketingItem(
            Label: $"{s.Platform.DisplayName} · {channels[s.ChannelId].Handle} · {s.Language}",
            Text: s.Text,
            Detail: s.Check.ToString(),
            Note: $"Variant {s.Variant} of {s.VariantCount} · {s.Path}" +
                  (s.Check.PlainLength is null ? "" : " · both the weighted and the plain count must fit, as X's rule for bios is unconfirmed")))];
    }
}
