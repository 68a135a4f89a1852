namespace SslaPublisher.Platforms.Counting;

/// <summary>Counts UTF-16 code units, as a plain HTML <c>maxlength</c> field does (the rule for platforms that document nothing better).</summary>
public sealed class CharacterCounter : ITextCounter
{
    /// <inheritdoc />
    public CountingRule Rule => CountingRule.Characters;

    /// <inheritdoc />
    public TextLength Count(string text) => new(text.Length);
}
