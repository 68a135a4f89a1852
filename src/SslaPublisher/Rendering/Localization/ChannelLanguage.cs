using SslaPublisher.Definition;
using SslaPublisher.Rendering.Templates;

namespace SslaPublisher.Rendering.Localization;

/// <summary>
/// The language a channel's own images and texts speak (badges, banner, the bio without a suffix): its first language
/// the templates have strings for, so a Spanish-only channel gets Spanish everything; English when none has strings.
/// </summary>
public static class ChannelLanguage
{
    /// <summary>The channel's language among those with strings files.</summary>
    public static string Of(TemplateSet templates, Channel channel) =>
        channel.Languages.FirstOrDefault(l => UiStrings.Exists(templates, l)) ?? UiStrings.FallbackLanguage;

    /// <summary>The UI strings of <see cref="Of"/>.</summary>
    public static UiStrings StringsOf(TemplateSet templates, Channel channel) => UiStrings.Load(templates, Of(templates, channel));
}
