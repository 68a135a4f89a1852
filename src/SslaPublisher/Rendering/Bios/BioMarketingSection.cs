using System.Runtime.CompilerServices;
using SslaPublisher.Rendering.Marketing;

namespace SslaPublisher.Rendering.Bios;

/// <summary>The bios on the marketer's page: each snippet, its platform, language and count against the limit.</summary>
public sealed class BioMarketingSection : IMarketingSection
{
    // Every page language lists the same bios (all channels, all languages): composed once per brand build, not
    // once per page. Keyed by the build's context object, so nothing outlives the brand's build.
    private static readonly ConditionalWeakTable<RenderContext, IReadOnlyList<BioSnippet>> Composed = new();

    /// <inheritdoc />
    public string Id => "bios";

    /// <inheritdoc />
    public string Title => "Profile bios";

    /// <inheritdoc />
    public string Intro => "Paste each into the profile's bio or description. Each is the richest variant that fits the platform's limit, counted the way the platform counts.";

    /// <inheritdoc />
    public IReadOnlyList<MarketingItem> Items(RenderContext context) =>
        Items(context, MarketingText.AtRoot(context));

    /// <inheritdoc />
    public IReadOnlyList<MarketingItem> Items(RenderContext context, MarketingText text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        var channels = context.Promise.Channels.ToDictionary(c => c.Id);
        var locale = Localization.LocaleStrings.Locale(text.Strings);
        return [.. Composed.GetValue(context, c => new BioComposer(c).ComposeAll(c.Promise)).Select(s => new MarketingItem(
            Label: $"{s.Platform.DisplayName} · {channels[s.ChannelId].Handle} · {Localization.LanguageNames.In(text.Strings.Language, s.Language)}",
            Text: s.Text,
            Detail: Count(s.Check, text, locale),
            Note: text["bios.variant", ("variant", locale.Number(s.Variant)), ("count", locale.Number(s.VariantCount))] + " · " + s.Path +
                  (s.Check.PlainLength is null ? "" : " · " + text["bios.x_both_counts"])))];
    }

    // "111/160" in the page language's digits, kept left to right inside right-to-left text; for X, where both
    // counts must fit, each with its word ("111/160 weighted, 98/160 plain").
    private static string Count(Platforms.Counting.LengthCheck check, MarketingText text, Formatting.LocaleFormat locale)
    {
        var language = text.Strings.Language;
        string Fraction(int length) => Localization.Bidi.Ltr($"{locale.Number(length)}/{locale.Number(check.Limit)}", language);
        return check.PlainLength is { } plain
            ? text["bios.count_both", ("weighted", Fraction(check.Length)), ("plain", Fraction(plain))]
            : Fraction(check.Length);
    }
}
