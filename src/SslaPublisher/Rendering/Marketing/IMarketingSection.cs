namespace SslaPublisher.Rendering.Marketing;

/// <summary>
/// One section of the marketer's page (<c>marketing.html</c>): things to copy and paste into profiles (bios, and
/// later badge embeds). A feature adds its section by implementing this and listing it in <see cref="MarketingSections"/>.
/// </summary>
public interface IMarketingSection
{
    /// <summary>Fragment id of the section (<c>bios</c>, <c>badges</c>); letters, digits and dashes.</summary>
    string Id { get; }

    /// <summary>Heading shown on the page.</summary>
    string Title { get; }

    /// <summary>One sentence under the heading saying what the items are for.</summary>
    string Intro { get; }

    /// <summary>The items, in display order.</summary>
    IReadOnlyList<MarketingItem> Items(RenderContext context);

    /// <summary>
    /// The items in the words of <paramref name="text"/>'s language, previews linked from a page
    /// <see cref="MarketingText.Root"/> away from the site root. Sections with no words of their own keep
    /// <see cref="Items(RenderContext)"/>.
    /// </summary>
    IReadOnlyList<MarketingItem> Items(RenderContext context, MarketingText text) => Items(context);
}

/// <summary>The language of one marketer's page and the way from it to the site root (<c>""</c>, <c>"../"</c>).</summary>
/// <param name="Strings">The page language's UI strings (<c>marketing.*</c>).</param>
/// <param name="Root">The relative path from the page to the site root, for previews.</param>
public sealed record MarketingText(Localization.UiStrings Strings, string Root)
{
    /// <summary>The page in the fallback language at the site root: what a section lists when no language is asked.</summary>
    public static MarketingText AtRoot(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(Localization.UiStrings.Load(context.Templates.Templates, Localization.UiStrings.FallbackLanguage), "");
    }

    /// <summary>A <c>marketing.*</c> string with its placeholders filled in.</summary>
    public string this[string key, params (string Name, string Value)[] values] => Strings.Format("marketing." + key, values);

    /// <summary>
    /// A section's heading or intro: <c>marketing.&lt;section id&gt;.&lt;field&gt;</c> when the strings have it, the
    /// section's own English otherwise (a section added without translations still renders).
    /// </summary>
    public string SectionText(string sectionId, string field, string fallback) =>
        Strings.Contains($"marketing.{sectionId}.{field}") ? this[$"{sectionId}.{field}"] : fallback;
}

/// <summary>One thing to copy: the exact text the copy button puts on the clipboard, and what to say about it.</summary>
/// <param name="Label">What it is (<c>X · @AcmeAirHelp · en</c>).</param>
/// <param name="Text">The exact text to copy (untrusted: the template escapes it).</param>
/// <param name="Detail">A short fact beside it (<c>43/160</c>), or null.</param>
/// <param name="Note">A longer remark (which variant, where to paste), or null.</param>
/// <param name="Preview">Markup to show above the text (a badge image), or null.</param>
public sealed record MarketingItem(string Label, string Text, string? Detail = null, string? Note = null, Templates.TrustedHtml? Preview = null);
