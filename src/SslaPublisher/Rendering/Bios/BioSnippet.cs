using SslaPublisher.Platforms;
using SslaPublisher.Platforms.Counting;

namespace SslaPublisher.Rendering.Bios;

/// <summary>The bio chosen for one channel in one language: the richest variant that fits the platform.</summary>
/// <param name="ChannelId">The channel.</param>
/// <param name="Platform">The channel's platform (its limit and counting rule).</param>
/// <param name="Language">BCP 47 tag of the text.</param>
/// <param name="IsDefaultLanguage">True for the channel's own (first) language (its file has no language suffix).</param>
/// <param name="Text">The text to paste.</param>
/// <param name="Check">Its length against the platform's limit.</param>
/// <param name="Variant">Which variant was chosen (1 = richest).</param>
/// <param name="VariantCount">How many variants the language has.</param>
public sealed record BioSnippet(
    string ChannelId,
    PlatformInfo Platform,
    string Language,
    bool IsDefaultLanguage,
    string Text,
    LengthCheck Check,
    int Variant,
    int VariantCount)
{
    /// <summary>Site path: <c>bio/&lt;channel&gt;.txt</c>, or <c>bio/&lt;channel&gt;.&lt;lang&gt;.txt</c> for other languages.</summary>
    public string Path => IsDefaultLanguage ? $"bio/{ChannelId}.txt" : $"bio/{ChannelId}.{Language}.txt";
}
