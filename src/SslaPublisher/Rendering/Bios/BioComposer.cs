using SslaPublisher.Formatting;
using System.Text.RegularExpressions;
using Markdig;
using SslaPublisher.Definition;
using SslaPublisher.Platforms;
using SslaPublisher.Platforms.Counting;
using SslaPublisher.Rendering.Localization;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Bios;

/// <summary>
/// Renders each channel's bio variants (<c>templates/bio/&lt;lang&gt;/</c>, richest first) and keeps the first that fits
/// the platform's limit, counted by the platform's rule from the catalog.
/// </summary>
public sealed partial class BioComposer(TemplateRenderer templates, PlatformCatalog platforms)
{
    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();

    /// <summary>Creates a composer over a render context's templates and catalog.</summary>
    public BioComposer(RenderContext context) : this(context.Templates, context.Platforms)
    {
    }

    /// <summary>Every channel's bio in every language it has templates for, in file order then language order.</summary>
    /// <exception cref="BioDoesNotFitException">A channel has no variant that fits its platform.</exception>
    public IReadOnlyList<BioSnippet> ComposeAll(Promise promise) =>
        [.. promise.Channels.SelectMany(c => LanguagesOf(promise, c).Select(lang => Compose(promise, c, lang)))];

    /// <summary>
    /// The languages a channel's bios are written in: the languages the channel answers in, its own (first) language
    /// first, that have bio templates (a bio in a language nobody answers in would be a false promise).
    /// </summary>
    public IReadOnlyList<string> LanguagesOf(Promise promise, Channel channel) =>
        [.. channel.Languages.Where(HasTemplates)];

    /// <summary>True when <c>templates/bio/&lt;language&gt;/</c> has at least one variant.</summary>
    public bool HasTemplates(string language) => Variants(language).Count > 0;

    /// <summary>The bio of <paramref name="channel"/> in <paramref name="language"/>.</summary>
    /// <exception cref="BioDoesNotFitException">No variant fits the platform's limit.</exception>
    public BioSnippet Compose(Promise promise, Channel channel, string language)
    {
        var platform = platforms[channel.Platform];
        var variants = Variants(language);
        if (variants.Count == 0)
            throw new FileNotFoundException($"No bio templates for '{language}': add templates/bio/{language}/1-….txt.sbn.");
        var strings = UiStrings.Load(templates.Templates, language);
        // The channel's own language is its bio (bio/<channel>.txt); the others are bio/<channel>.<lang>.txt.
        var isDefault = string.Equals(language, channel.Language, StringComparison.OrdinalIgnoreCase);
        var model = ModelOf(promise, channel, platform, strings, language);
        (string Text, LengthCheck Check)? shortest = null;
        for (var i = 0; i < variants.Count; i++)
        {
            var text = Tidy(templates.RenderText(variants[i], model));
            var check = TextCounters.Check(text, platform.Bio);
            if (check.Fits)
                return new BioSnippet(channel.Id, platform, language, isDefault, text, check, i + 1, variants.Count);
            if (shortest is null || check.Effective < shortest.Value.Check.Effective) shortest = (text, check);
        }
        throw new BioDoesNotFitException(Path.GetRelativePath(Environment.CurrentDirectory, promise.SourcePath), channel.Id, platform.DisplayName, language,
            platform.Bio.Limit, shortest!.Value.Check.Effective, shortest.Value.Text);
    }

    // A language with a strings file shares the English variants, filled with its own words (most languages order
    // "purpose hours · reply" the same way); a file in bio/<lang>/ replaces the English variant of the same name or
    // adds one. A language with neither has no bios.
    private IReadOnlyList<string> Variants(string language)
    {
        var own = VariantsIn(language);
        if (language == UiStrings.FallbackLanguage || !UiStrings.Exists(templates.Templates, language)) return own;
        var ownNames = own.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        return [.. own.Concat(VariantsIn(UiStrings.FallbackLanguage).Where(p => !ownNames.Contains(Path.GetFileName(p))))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)];
    }

    private IReadOnlyList<string> VariantsIn(string folder) =>
        [.. templates.Templates.List($"bio/{folder}").Where(p => p.EndsWith(".sbn", StringComparison.Ordinal))];

    private static BioModel ModelOf(Promise promise, Channel channel, PlatformInfo platform, UiStrings strings, string language)
    {
        var (hours, hoursShort) = BioHours.Format(channel, strings);
        var duration = strings.ReplyTime(channel, UnitWidth.Short);
        return new BioModel(
            // A bio is one language: a summary not translated into it is left out rather than mixed in.
            Summary: channel.Summary.In(language) is { IsFallback: false } summary
                ? Tidy(Markdig.Markdown.ToPlainText(summary.Text)).Replace('\n', ' ')
                : "",
            Purpose: strings.Text($"bio.purpose.{channel.Purpose.ToString().ToLowerInvariant()}"),
            Hours: hours,
            HoursShort: hoursShort,
            Reply: strings.Format("bio.reply_within", ("duration", duration)),
            ReplyShort: strings.Format("bio.reply_short", ("duration", duration)),
            // Usually a phone number, the same in every language (isolated in right-to-left bios so its "+" stays in
            // front); a text falls back to the channel's language.
            Urgent: channel.Urgent is { } urgent ? strings.Format("bio.urgent", ("contact", Bidi.Ltr(urgent.In(language).Text, language))) : null,
            BrandName: promise.Brand.Name,
            Handle: channel.Handle,
            Platform: platform.DisplayName);
    }

    // Templates are free to use line breaks and spacing; the bio keeps single spaces, no blank or padded lines.
    private static string Tidy(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n')
        .Select(line => Spaces().Replace(line, " ").Trim())
        .Where(line => line.Length > 0));
}
