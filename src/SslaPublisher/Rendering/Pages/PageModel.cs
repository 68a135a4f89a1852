using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Pages;

/// <summary>What <c>pages/layout.html.sbn</c> sees: the frame every page shares (head, header, footer).</summary>
/// <remarks>Plain strings are escaped by the template context; <see cref="TrustedHtml"/> values were made safe here.</remarks>
public sealed record PageModel(
    string Language,
    string Direction,
    string Title,
    string Description,
    string BrandName,
    string Heading,
    string? Intro,
    string? Canonical,
    IReadOnlyList<AlternateLink> Alternates,
    ShareMeta Share,
    string Root,
    string HomeHref,
    IReadOnlyList<LanguageLink> LanguageLinks,
    string LanguageSwitchLabel,
    string SkipLabel,
    TrustedHtml? JsonLd,
    TrustedHtml? LiveData,
    TrustedHtml Body,
    string MachineReadableLabel,
    string PublishedBy,
    string? Website,
    string? Logo,
    BrandTheme Theme)
{
    /// <summary>The notices section (<c>pages/notices.html.sbn</c>) at the top of the page, when the brand has notices.</summary>
    public TrustedHtml? Notices { get; init; }

    /// <summary>Link to the language's Atom feed of notices (<c>notices.xml</c>), from this page.</summary>
    public string? FeedHref { get; init; }

    /// <summary>The feed link's words.</summary>
    public string? FeedLabel { get; init; }
}

/// <summary>An hreflang alternate of the current page.</summary>
public sealed record AlternateLink(string HrefLang, string Href);

/// <summary>A link in the language switcher, labelled in its own language.</summary>
public sealed record LanguageLink(string Language, string Label, string Href, bool IsCurrent);

/// <summary>Open Graph and X card values.</summary>
public sealed record ShareMeta(string Title, string Description, string? Url, string Image, int ImageWidth, int ImageHeight, string ImageAlt, string Locale, string? TwitterSite)
{
    /// <summary>The Open Graph locales of the page's other languages (<c>og:locale:alternate</c>).</summary>
    public IReadOnlyList<string> LocaleAlternates { get; init; } = [];
}

/// <summary>Brand colours as CSS values (hex from validated <c>RgbColor</c>s, so safe in a style element).</summary>
public sealed record BrandTheme(string Background, string Text, string Link, string Accent);
